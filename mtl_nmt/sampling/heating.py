"""Temperature heating (Dua et al., NAACL 2022, arXiv 2110.08246, §3): the sampling temperature
rises from T0 to T1 over the first K_heat updates, so low-resource pairs are up-sampled more and
more as training goes on; p_i(k) ∝ (n_i/N)^(1/T(k))."""
import math

from ..errors import MtlNmtError

SHAPES = ("linear", "cosine", "step")


def heating_temperature(update: int, t_start: float, t_end: float, updates: int,
                        shape: str = "linear", steps: int = 4) -> float:
    """T(k) for k = ``update``, with progress x = min(1, k / K_heat):

    - linear: T0 + (T1 − T0)·x
    - cosine: T0 + (T1 − T0)·(1 − cos(π·x))/2
    - step:   T0 + (T1 − T0)·floor(x·steps)/steps (``steps`` equal jumps; T1 from K_heat on)
    """
    if not (t_start > 0 and t_end > 0):
        raise MtlNmtError(f"heating temperatures must be > 0, got {t_start} → {t_end}")
    if updates < 0:
        raise MtlNmtError(f"--heating-updates must be >= 0, got {updates}")
    if shape not in SHAPES:
        raise MtlNmtError(f"unknown heating shape {shape!r} (choose from {', '.join(SHAPES)})")
    x = 1.0 if updates == 0 else min(1.0, max(0, update) / updates)
    if shape == "linear":
        frac = x
    elif shape == "cosine":
        frac = (1.0 - math.cos(math.pi * x)) / 2.0
    else:
        if steps < 1:
            raise MtlNmtError(f"--heating-steps must be >= 1, got {steps}")
        frac = math.floor(x * steps) / steps
    return t_start + (t_end - t_start) * frac
