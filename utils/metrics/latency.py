"""Wall-clock latency of repeated calls, reported as percentiles (lab03 and lab04 time real speedups)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch

from utils.validation import validate_int, validate_type


@dataclass(frozen=True)
class LatencyResult:
    """Wall-clock latency percentiles of repeated calls.

    Attributes:
        median_ms: Median call time in milliseconds; the number to report.
        p10_ms: 10th percentile in milliseconds.
        p90_ms: 90th percentile in milliseconds.
        repeats: Number of timed calls.
    """

    median_ms: float
    p10_ms: float
    p90_ms: float
    repeats: int


def measure_latency(
    fn: Callable[[], object], warmup: int = 3, repeats: int = 20, threads: int | None = None
) -> LatencyResult:
    """Time repeated calls of ``fn`` with :func:`time.perf_counter`.

    Timings on a shared machine are noisy (other jobs, frequency scaling,
    caches), so report the median and use p10/p90 to show the spread; never
    compare single runs. Warmup calls absorb one-off costs such as lazy
    initialisation and allocator growth. When CUDA is available the device
    is synchronized before and after every timed call, because kernels run
    asynchronously and would otherwise be billed to the wrong call.

    Args:
        fn: Zero-argument callable to time, e.g. ``lambda: model(x)``.
        warmup: Untimed calls made first, ``>= 0``.
        repeats: Timed calls, ``>= 1``.
        threads: CPU threads torch may use while timing (``torch.set_num_threads``), ``>= 1``, so that two
            models are timed under the same conditions; the caller's setting is restored afterwards. None leaves
            torch's current setting.

    Returns:
        A :class:`LatencyResult` with percentiles (linear interpolation) in
        milliseconds.
    """
    validate_type("fn", fn, Callable)
    n_warmup = validate_int("warmup", warmup, 0)
    n_repeats = validate_int("repeats", repeats, 1)
    use_cuda = torch.cuda.is_available()
    previous_threads = torch.get_num_threads()
    if threads is not None:
        torch.set_num_threads(validate_int("threads", threads, 1))
    try:
        return _timed(fn, n_warmup, n_repeats, use_cuda)
    finally:
        torch.set_num_threads(previous_threads)


def _timed(fn: Callable[[], object], n_warmup: int, n_repeats: int, use_cuda: bool) -> LatencyResult:
    for _ in range(n_warmup):
        fn()
    times_ms = []
    for _ in range(n_repeats):
        if use_cuda:
            torch.cuda.synchronize()
        start = time.perf_counter()
        fn()
        if use_cuda:
            torch.cuda.synchronize()
        times_ms.append((time.perf_counter() - start) * 1e3)
    p10, median, p90 = np.percentile(times_ms, [10, 50, 90])
    return LatencyResult(float(median), float(p10), float(p90), n_repeats)
