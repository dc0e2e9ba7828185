"""PNG of ΔBLEU to the reference system per pair against the pair's training size (log x-axis), with
the standard error of the difference of seed means as error bars; filled markers: p < alpha in Welch's
t-test across seeds (the tables' marks)."""
from . import style
from .compare import Comparison


def marked(cells, alpha: float):
    """Per cell, whether its marker is filled: Welch's p across seeds below alpha (no mark for one seed,
    whatever the bootstrap over sentences says)."""
    return [c.p_seeds.get("bleu", 1.0) < alpha for c in cells]


def plot_delta_bleu(comp: Comparison, path: str) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter, LogLocator

    others = [s.label for s in comp.systems if s.label != comp.reference]
    colours = style.ordered_colours(others)
    fig, (ax,) = style.figure(height=4.5)
    for i, label in enumerate(others):
        shift = 1.05 ** (i - (len(others) - 1) / 2)  # side by side on the log axis
        cells = [comp.cells[(label, p)] for p in comp.pairs]
        xs = [comp.train_sizes[p] * shift for p in comp.pairs]
        ys = [c.delta["bleu"] for c in cells]
        colour = colours[label]
        ax.errorbar(xs, ys, yerr=[c.delta_se["bleu"] for c in cells], fmt="none", ecolor=colour, capsize=3)
        filled = [colour if significant else "none" for significant in marked(cells, comp.alpha)]
        ax.scatter(xs, ys, marker=style.MARKERS[i % len(style.MARKERS)], facecolors=filled, edgecolors=[colour],
                   label=label, zorder=3)
    ax.axhline(0.0, color="grey", linewidth=0.8)
    ax.axvline(comp.low_resource_max, color="grey", linestyle=":", linewidth=0.8)
    ax.set_xscale("log")
    ax.xaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))  # 1,000, 2,000, 5,000, ...: no crowded labels
    ax.xaxis.set_minor_locator(LogLocator(subs=(3.0, 4.0, 6.0, 7.0, 8.0, 9.0)))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:,.0f}"))
    ax.xaxis.set_minor_formatter(FuncFormatter(lambda x, _: ""))
    level, previous = 0, None
    for pair in sorted(comp.pairs, key=lambda p: comp.train_sizes[p]):  # close sizes: labels on two rows
        size = comp.train_sizes[pair]
        level = 1 - level if previous and size < previous * 1.3 and level == 0 else 0
        previous = size
        ax.text(size, 1.0 + 0.045 * level, pair, transform=ax.get_xaxis_transform(), ha="center", va="bottom",
                fontsize="small")
    ax.set_xlabel(f"training sentence pairs (log scale; dotted: low-resource ≤ {comp.low_resource_max})")
    ax.set_ylabel(f"ΔBLEU vs {comp.reference} (± s.e.)")
    ax.grid(alpha=0.3)
    handles = [Line2D([], [], color=colours[label], marker=style.MARKERS[i % len(style.MARKERS)], linestyle="none",
                      label=label) for i, label in enumerate(others)]
    style.legend(ax, handles=handles, title=f"filled: p < {comp.alpha} across seeds")
    fig.savefig(path, dpi=style.DPI)
