"""One look for every mtl-nmt figure: resolution, figure size, colours (one per pair, one per
run or member), line styles, legends, and heatmaps (matplotlib imported lazily)."""
from typing import Dict, Optional, Sequence

DPI = 120
WIDTH = 8.0  # inches: every figure is 8 in × DPI = 960 pixels wide
LINE_STYLES = ("-", "--", ":", "-.")
MARKERS = ("o", "s", "^", "D", "v", "P")
SEQUENTIAL = "viridis"
DIVERGING = "RdBu_r"
MISSING = "0.85"  # grey of cells without a value in heatmaps


def colours(names: Sequence[str]) -> Dict[str, tuple]:
    """One stable colour per name, names sorted (tab10, tab20 above 10, then viridis above 20)."""
    from matplotlib import colormaps

    names = sorted(set(names))
    if len(names) <= 20:
        cmap = colormaps["tab10" if len(names) <= 10 else "tab20"]
        return {name: cmap(i) for i, name in enumerate(names)}
    cmap = colormaps[SEQUENTIAL]
    return {name: cmap(i / (len(names) - 1)) for i, name in enumerate(names)}


def ordered_colours(names: Sequence[str]) -> Dict[str, tuple]:
    """Like :func:`colours`, in the given order (members of a population, runs)."""
    from matplotlib import colormaps

    names = list(dict.fromkeys(names))
    if len(names) <= 10:
        return {name: colormaps["tab10"](i) for i, name in enumerate(names)}
    n = max(len(names) - 1, 1)
    return {name: colormaps[SEQUENTIAL](i / n) for i, name in enumerate(names)}


def run_style(run_index: int) -> dict:
    """Line style of the run-th run when runs are overlaid (then markers, past the 4 styles)."""
    style = {"linestyle": LINE_STYLES[run_index % len(LINE_STYLES)]}
    if run_index >= len(LINE_STYLES):
        style["marker"] = MARKERS[(run_index // len(LINE_STYLES) - 1) % len(MARKERS)]
    return style


def figure(n_rows: int = 1, height: float = 4.0, width: float = WIDTH, heights: Optional[Sequence[float]] = None):
    """``(figure, [axes])``: ``n_rows`` panels stacked, ``height`` inches each (or ``heights``)."""
    from matplotlib.figure import Figure

    heights = list(heights) if heights is not None else [height] * n_rows
    fig = Figure(figsize=(width, sum(heights)), dpi=DPI, layout="constrained")
    axes = fig.subplots(len(heights), 1, squeeze=False, height_ratios=heights)[:, 0]
    return fig, list(axes)


def legend(ax, handles=None, title=None):
    """Legend outside the axes, on the right."""
    ax.legend(handles=handles, title=title, fontsize="small", title_fontsize="small",
              loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False)


def overlay(ax, runs_series, pair_colours, title: str, ylabel: str, marker: Optional[str] = None):
    """Per-pair series ``[(run, {pair: (xs, ys)})]`` of several runs on one axes: colour = pair,
    line style = run; one legend entry per pair and per run."""
    from matplotlib.lines import Line2D

    pairs = sorted({pair for _, series in runs_series for pair in series})
    for index, (label, series) in enumerate(runs_series):
        style = run_style(index)
        if marker and "marker" not in style:
            style["marker"] = marker
        for pair, (xs, ys) in series.items():
            ax.plot(xs, ys, color=pair_colours.get(pair, "black"), linewidth=1.5, markersize=3.5, **style,
                    label=pair if len(runs_series) == 1 else f"{pair} ({label})")
    ax.set_title(title)
    ax.set_xlabel("updates")
    ax.set_ylabel(ylabel)
    ax.grid(alpha=0.3)
    if len(runs_series) == 1:
        legend(ax, title="pair")
        return
    handles = [Line2D([], [], color=pair_colours.get(p, "black"), label=p) for p in pairs]
    handles += [Line2D([], [], color="black", label=label, **run_style(i))
                for i, (label, _) in enumerate(runs_series)]
    legend(ax, handles=handles, title="pair (colour) / run (line)")


def heatmap(ax, values, row_labels: Sequence[str], col_labels: Sequence[str], title: str, colorbar_label: str,
            vmin=None, vmax=None, cmap: str = SEQUENTIAL, annotate: bool = False):
    """Heatmap of ``values`` (rows × columns, NaN = no value, drawn grey) with its colour bar;
    ``annotate`` writes each value in its cell. Returns the image."""
    import numpy as np
    from matplotlib import colormaps

    values = np.ma.masked_invalid(np.asarray(values, dtype=float))
    colour_map = colormaps[cmap].with_extremes(bad=MISSING)
    image = ax.imshow(values, vmin=vmin, vmax=vmax, cmap=colour_map, aspect="auto", interpolation="nearest")
    rotate = len(col_labels) > 4
    ax.set_xticks(range(len(col_labels)), col_labels, rotation=30 if rotate else 0, ha="right" if rotate else "center")
    ax.set_yticks(range(len(row_labels)), row_labels, fontsize="small" if len(row_labels) > 12 else None)
    if annotate:
        for i in range(values.shape[0]):
            for j in range(values.shape[1]):
                value = values[i, j]
                masked = value is np.ma.masked
                dark = not masked and (value - (vmin or 0)) / ((vmax or 1) - (vmin or 0) or 1) > 0.6
                ax.text(j, i, "-" if masked else f"{value:.2f}", ha="center", va="center", fontsize="small",
                        color="black" if masked or dark else "white")
    ax.set_title(title)
    ax.figure.colorbar(image, ax=ax, label=colorbar_label)
    return image
