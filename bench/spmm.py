"""Time a sparse weight times a dense activation, W @ X, four ways at five sparsities, in one run.

Run from the repository root:  .venv/bin/python bench/spmm.py [--quick] [--threads 2]

W is 4096 x 4096 float32, Gaussian, magnitude-pruned to each sparsity; X is 4096 x 64 (``--quick``: W 1024 x 1024
and X 1024 x 64, fewer repeats). The four ways: ours (``utils.sparse.kernels.csr_spmm``, numba),
``torch.sparse.mm`` on ``W.to_sparse_csr()``, ``scipy.sparse.csr_array @ X`` (single-threaded) and dense
``torch.matmul``. Their outputs are checked to agree before any timing. Each time is a median over rounds: in each
round every method makes 2 warm-up calls, then 5 timed ones (``utils.metrics.measure_latency``), so that a burst of
load from another job falls on all four alike. Numba's compile time is measured apart, in a fresh process with an
empty cache, and the first call here (loading the compiled kernels from numba's cache) is not timed.

Prints a machine line, a Markdown table with each time as a ratio to ours, and the sparsity at which ours becomes
faster than dense (interpolated); saves a plot to bench/results/spmm.png and the times to
bench/results/spmm.json. One run on a shared machine is noisy.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import statistics
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

import matplotlib
import numba
import results_io  # bench/, the script's own folder
import scipy
import scipy.sparse
import torch

from utils.metrics import measure_latency
from utils.sparse.kernels import csr_spmm, warm_up_kernels

matplotlib.use("Agg")  # before pyplot: no display on a server
import matplotlib.pyplot as plt  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PLOT = ROOT / "bench" / "results" / "spmm.png"
SPARSITIES = (0.5, 0.7, 0.9, 0.95, 0.99)
METHODS = ("ours", "torch.sparse.mm", "scipy", "dense")
# Each method adds up to 4096 float32 products of N(0, 1) numbers in its own order.
RTOL, ATOL = 1e-4, 1e-3


def magnitude_sparsify(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    """``weight`` with its ``round(sparsity * numel)`` smallest-magnitude entries set to 0."""
    k = round(sparsity * weight.numel())
    if k == 0:
        return weight.clone()
    threshold = weight.abs().flatten().kthvalue(k).values
    return torch.where(weight.abs() > threshold, weight, torch.zeros_like(weight))


def products(weight: torch.Tensor, x: torch.Tensor) -> dict[str, Callable[[], object]]:
    """One zero-argument call per method, each computing ``weight @ x`` from its own format, built here."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Sparse CSR tensor support is in beta state")
        csr = weight.to_sparse_csr()
    indptr, indices, data = csr.crow_indices(), csr.col_indices(), csr.values()
    scipy_csr = scipy.sparse.csr_array(weight.numpy())
    x_numpy = x.numpy()
    return {
        "ours": lambda: csr_spmm(indptr, indices, data, x),
        "torch.sparse.mm": lambda: torch.sparse.mm(csr, x),
        "scipy": lambda: scipy_csr @ x_numpy,
        "dense": lambda: torch.matmul(weight, x),
    }


def check_agreement(calls: dict[str, Callable[[], object]], sparsity: float) -> None:
    """Raise ``AssertionError`` unless every method's product matches dense ``torch.matmul``'s."""
    expected = torch.as_tensor(calls["dense"]())
    for name, call in calls.items():
        got = torch.as_tensor(call())
        if not torch.allclose(got, expected, rtol=RTOL, atol=ATOL):
            error = (got - expected).abs().max().item()
            raise AssertionError(f"{name} differs from dense at sparsity {sparsity:.0%}: max |error| {error:.3g}")


def cold_compile_seconds() -> float:
    """Seconds to compile the float32 kernels in a fresh process whose numba cache is empty."""
    code = "import torch; from utils.sparse.kernels import warm_up_kernels; print(warm_up_kernels([torch.float32]))"
    with tempfile.TemporaryDirectory() as cache:
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env={**os.environ, "NUMBA_CACHE_DIR": cache},
            capture_output=True,
            text=True,
            check=True,
        )
    return float(result.stdout)


def crossover(sparsities: list[float], ours: list[float], dense: list[float]) -> float | None:
    """The sparsity at which ours becomes faster than dense, between the first two measured sparsities where it
    does, linear in sparsity on the log of the time ratio; None if ours never goes from slower to faster."""
    gaps = [math.log(o / d) for o, d in zip(ours, dense, strict=True)]  # > 0 where ours is slower
    for (s0, g0), (s1, g1) in itertools.pairwise(zip(sparsities, gaps, strict=True)):
        if g0 >= 0 > g1:
            return s0 + (s1 - s0) * g0 / (g0 - g1)
    return None


def plot(sparsities: list[float], times: dict[str, list[float]], cross: float | None, title: str) -> None:
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for name, ms in times.items():
        ax.plot([100 * s for s in sparsities], ms, marker="o", label=name)
    if cross is not None:
        ax.axvline(100 * cross, color="grey", linestyle="--", label=f"ours = dense at {cross:.0%}")
    ax.set(yscale="log", xlabel="sparsity of W (%)", ylabel="median time per product (ms)", title=title)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    PLOT.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(PLOT, dpi=120, bbox_inches="tight")
    plt.close(fig)


def print_results(times: dict[str, list[float]], cross: float | None) -> None:
    columns = ["sparsity", *(f"{name} (ms)" for name in METHODS), *(f"ours vs {name}" for name in METHODS[1:])]
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for i, sparsity in enumerate(SPARSITIES):
        ms = [times[name][i] for name in METHODS]
        cells = [f"{sparsity:.0%}", *(f"{t:.2f}" for t in ms), *(f"{t / ms[0]:.2f}x" for t in ms[1:])]
        print("| " + " | ".join(cells) + " |")
    if times["ours"][0] < times["dense"][0]:
        print(f"crossover with dense: below {SPARSITIES[0]:.0%}, ours is faster at every sparsity measured")
    elif cross is None:
        print("crossover with dense: none, ours is never faster")
    else:
        print(f"crossover with dense: {cross:.1%} sparsity (interpolated); ours is faster above it")
    print(f"ratios are their time over ours (> 1: ours is faster); load average at the end {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="W 1024 x 1024, fewer rounds")
    parser.add_argument("--threads", type=int, default=2, help="threads for ours and torch (scipy has one)")
    args = parser.parse_args()
    size, width, rounds = (1024, 64, 2) if args.quick else (4096, 64, 4)
    torch.set_num_threads(args.threads)
    numba.set_num_threads(args.threads)
    compile_s = cold_compile_seconds()
    load_s = warm_up_kernels([torch.float32])
    print(
        f"machine: {results_io.cpu_name()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
        f"{args.threads} threads for torch {torch.__version__} and numba {numba.__version__} "
        f"({numba.threading_layer()} layer); scipy {scipy.__version__}; W {size} x {size}, X {size} x {width}, "
        f"float32; {rounds} rounds of 5 calls"
    )
    print(f"numba compile, float32 kernels: {compile_s:.1f} s in a fresh process; {load_s:.2f} s from its cache here")

    generator = torch.Generator().manual_seed(0)
    dense_weight = torch.randn(size, size, generator=generator)
    x = torch.randn(size, width, generator=generator)
    times: dict[str, list[float]] = {name: [] for name in METHODS}
    for sparsity in SPARSITIES:
        calls = products(magnitude_sparsify(dense_weight, sparsity), x)
        check_agreement(calls, sparsity)
        medians: dict[str, list[float]] = {name: [] for name in METHODS}
        for _ in range(rounds):
            for name, call in calls.items():
                medians[name].append(measure_latency(call, warmup=2, repeats=5).median_ms)
        for name in METHODS:
            times[name].append(statistics.median(medians[name]))
    cross = crossover(list(SPARSITIES), times["ours"], times["dense"])
    print_results(times, cross)
    settings = {"size": size, "width": width, "rounds": rounds, "threads": args.threads, "compile_seconds": compile_s}
    rows = [{"sparsity": s, **{name: times[name][i] for name in METHODS}} for i, s in enumerate(SPARSITIES)]
    print(f"wrote {results_io.save('spmm', {'settings': settings, 'rows': rows, 'crossover': cross})}")
    title = f"W ({size} x {size}, float32) @ X ({size} x {width}), {args.threads} threads"
    plot(list(SPARSITIES), times, cross, title)
    print(f"plot: {PLOT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
