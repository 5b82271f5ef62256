"""Time a sparse weight times a dense activation, W @ X, four ways at five sparsities, in one run.

Run from the repository root:  .venv/bin/python bench/spmm.py [--quick] [--threads 2]

W is 4096 x 4096 float32, Gaussian, magnitude-pruned to each sparsity; X is 4096 x 64 (``--quick``: W 1024 x 1024
and X 1024 x 64, fewer repeats). The four ways: ours (``utils.sparse.kernels.csr_spmm``, numba),
``torch.sparse.mm`` on ``W.to_sparse_csr()``, ``scipy.sparse.csr_array @ X`` (single-threaded) and dense
``torch.matmul``. Their outputs are checked to agree before any timing. Each time is a median over rounds: in each
round every method makes 2 warm-up calls, then 5 timed ones (``utils.metrics.measure_latency``), so that a burst of
load from another job falls on all four alike. Numba's compile time is measured apart, in a fresh process with an
empty cache, and the first call here (loading the compiled kernels from numba's cache) is not timed.

Each method's achieved GFLOP/s counts the products that matter, 2 x nonzeros(W) x width (dense: 2 x size^2 x width,
every product, zeros included), and ours is set against two limits of the machine: an estimated fp32 peak (cores x
clock x FLOP per cycle, ``theoretical_peak``) and a measured ceiling, a large square float32 GEMM through
``torch.matmul`` at the same thread count.

Prints a machine line, the two Markdown tables of the README (times with each as a ratio to ours, and GFLOP/s with
the fractions of peak) and the sparsity at which ours becomes faster than dense (interpolated); saves a plot to
bench/results/spmm.png and the times to bench/results/spmm.json. One run on a shared machine is noisy.
"""

from __future__ import annotations

import argparse
import itertools
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path

import matplotlib
import numba
import readme_tables  # bench/: print the tables exactly as the README shows them
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
GEMM_SIZE = 2048  # the ceiling's square GEMM: 17 GFLOP, large enough that torch runs it at its best


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


def cpu_facts() -> tuple[str, int, set[str], float]:
    """Vendor, CPU family, feature flags and clock (GHz) of the first CPU in /proc/cpuinfo (and lscpu)."""
    fields: dict[str, str] = {}
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        key, _, value = line.partition(":")
        if not key.strip() and fields:
            break  # the first processor's block is enough
        fields.setdefault(key.strip(), value.strip())
    lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
    max_mhz = re.search(r"CPU max MHz:\s*([\d.]+)", lscpu)
    # The nominal clock: lscpu's maximum, else cpuinfo's "cpu MHz"; a VM may show neither, and then the BogoMIPS
    # that Linux calibrates on x86 as twice the TSC's MHz. Turbo above it would make the peak an underestimate.
    if max_mhz:
        mhz = float(max_mhz[1])
    elif "cpu MHz" in fields:
        mhz = float(fields["cpu MHz"])
    else:
        mhz = float(fields["bogomips"]) / 2
    return fields.get("vendor_id", ""), int(fields.get("cpu family", "0")), set(fields["flags"].split()), mhz / 1000


def theoretical_peak(threads: int) -> dict[str, float | str]:
    """An estimate of the fp32 peak of ``threads`` cores: cores x clock x FLOP per cycle per core.

    Assumed: two vector FMA pipes per core (Intel since Haswell, AMD since Zen 2), each doing a multiply and an add
    (2 FLOP) per fp32 lane per cycle; without ``fma``, one add and one multiply pipe, so half that. Lanes are the
    vector width over 32 bits: 512 with ``avx512f``, 256 with ``avx``, else 128 (SSE); AMD's Zen 4 (family 25 with
    ``avx512f``) runs each 512-bit operation as two 256-bit halves, so it counts as 256. Linux only (/proc/cpuinfo).
    """
    vendor, family, flags, ghz = cpu_facts()
    bits = 512 if "avx512f" in flags else 256 if "avx" in flags else 128
    if vendor == "AuthenticAMD" and family == 25 and bits == 512:
        bits = 256
    flop_per_cycle = (bits // 32) * (4 if "fma" in flags else 2)
    cores = min(threads, os.cpu_count() or 1)
    return {
        "gflops": cores * ghz * flop_per_cycle,
        "assumed": f"{cores} cores x {ghz:.2f} GHz x {flop_per_cycle} FLOP/cycle, from {bits}-bit vectors and "
        f"{'2 FMA pipes' if 'fma' in flags else 'an add and a multiply pipe'} per core",
    }


def gemm_ceiling_gflops(threads: int) -> float:
    """GFLOP/s of a square float32 GEMM through ``torch.matmul`` at ``threads`` threads: what the machine gives in
    practice, since no kernel here does more useful work per second than torch's dense BLAS."""
    generator = torch.Generator().manual_seed(1)
    a, b = (torch.randn(GEMM_SIZE, GEMM_SIZE, generator=generator) for _ in range(2))
    ms = measure_latency(lambda: torch.matmul(a, b), warmup=1, repeats=5, threads=threads).median_ms
    return 2 * GEMM_SIZE**3 / ms / 1e6


def gflops(nonzeros: int, size: int, width: int, times_ms: dict[str, float]) -> dict[str, float]:
    """Achieved GFLOP/s per method: sparse ones do 2 FLOP per nonzero of W per column of X; dense does them all."""
    useful = 2 * nonzeros * width
    return {name: (2 * size * size * width if name == "dense" else useful) / ms / 1e6 for name, ms in times_ms.items()}


def time_methods(weight: torch.Tensor, x: torch.Tensor, rounds: int, sparsity: float) -> dict[str, float]:
    """Median ms per method over ``rounds`` rounds, every method timed once per round so load falls on all alike."""
    calls = products(weight, x)
    check_agreement(calls, sparsity)
    medians: dict[str, list[float]] = {name: [] for name in METHODS}
    for _ in range(rounds):
        for name, call in calls.items():
            medians[name].append(measure_latency(call, warmup=2, repeats=5).median_ms)
    return {name: statistics.median(medians[name]) for name in METHODS}


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
    rows = []
    for sparsity in SPARSITIES:
        weight = magnitude_sparsify(dense_weight, sparsity)
        times = time_methods(weight, x, rounds, sparsity)
        nonzeros = int(torch.count_nonzero(weight))
        achieved = gflops(nonzeros, size, width, times)
        rows.append({"sparsity": sparsity, "nonzeros": nonzeros, **times, "gflops": achieved})
    by_method = {name: [row[name] for row in rows] for name in METHODS}
    cross = crossover(list(SPARSITIES), by_method["ours"], by_method["dense"])
    peak = {"theoretical": theoretical_peak(args.threads), "gemm_size": GEMM_SIZE}
    peak["gemm_gflops"] = gemm_ceiling_gflops(args.threads)
    settings = {"size": size, "width": width, "rounds": rounds, "threads": args.threads, "compile_seconds": compile_s}
    payload = {"settings": settings, "peak": peak, "rows": rows, "crossover": cross}
    path = results_io.save("spmm", payload)
    saved = results_io.load("spmm")
    print(readme_tables.stamp(saved["meta"]) + readme_tables.spmm(saved))  # as the README will show it
    print(f"ratios are their time over ours (> 1: ours is faster); load average at the end {os.getloadavg()[0]:.1f}")
    print(f"wrote {path}")
    title = f"W ({size} x {size}, float32) @ X ({size} x {width}), {args.threads} threads"
    plot(list(SPARSITIES), by_method, cross, title)
    print(f"plot: {PLOT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
