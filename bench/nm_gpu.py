"""Dense vs 2:4 semi-structured sparse Linear on an NVIDIA GPU (Ampere or newer): the speedup Lab 4 talks about.

    python bench/nm_gpu.py            # on a CUDA GPU of compute capability >= 8.0

For each MLP-sized weight (4096x4096, 11008x4096, 4096x11008; fp16) and each batch (64 .. 4096 tokens), it times
``F.linear(x, W)`` with a dense ``W`` against the same 2:4-pruned ``W`` converted by
``torch.sparse.to_sparse_semi_structured`` (cuSPARSELt or CUTLASS), with ``torch.utils.benchmark`` in one run. It
prints the speedup per shape and writes ``bench/results/nm_gpu.json`` (with the card's name) and
``bench/results/nm_gpu.png``. Without such a GPU it prints why it cannot run and exits 0, so CI never depends on it.
"""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path

import torch
import torch.nn.functional as F

RESULTS = Path(__file__).resolve().parent / "results"
SHAPES = [(4096, 4096), (11008, 4096), (4096, 11008)]  # (out_features, in_features) of LLaMA-7B's MLP
BATCHES = [64, 256, 1024, 4096]
DTYPE = torch.float16


def unavailable_reason() -> str | None:
    """Why the benchmark cannot run here, or None when it can."""
    if not torch.cuda.is_available():
        return "no CUDA GPU is available"
    capability = torch.cuda.get_device_capability()
    if capability < (8, 0):
        return (
            f"{torch.cuda.get_device_name()} has compute capability {capability}; 2:4 sparse tensor cores need >= 8.0"
        )
    if not hasattr(torch.sparse, "to_sparse_semi_structured"):
        return f"torch {torch.__version__} has no torch.sparse.to_sparse_semi_structured"
    return None


def two_four_weight(out_features: int, in_features: int, generator: torch.Generator) -> torch.Tensor:
    """A random fp16 weight pruned to 2:4 along its input dimension (the 2 largest |w| of every 4 kept)."""
    weight = torch.randn(out_features, in_features, generator=generator, device="cuda").to(DTYPE)
    groups = weight.abs().reshape(out_features, in_features // 4, 4)
    keep = torch.zeros_like(groups, dtype=torch.bool).scatter_(-1, groups.topk(2, dim=-1).indices, True)
    return weight * keep.reshape(out_features, in_features)


def time_linear(x: torch.Tensor, weight: torch.Tensor, label: str, sub_label: str) -> float:
    """Median seconds of ``F.linear(x, weight)`` by ``torch.utils.benchmark`` (it synchronises CUDA)."""
    from torch.utils import benchmark

    timer = benchmark.Timer(
        stmt="F.linear(x, weight)", globals={"F": F, "x": x, "weight": weight}, label=label, sub_label=sub_label
    )
    return timer.blocked_autorange(min_run_time=0.5).median


def run() -> list[dict[str, object]]:
    from torch.sparse import to_sparse_semi_structured

    generator = torch.Generator(device="cuda").manual_seed(0)
    rows = []
    for out_features, in_features in SHAPES:
        dense = two_four_weight(out_features, in_features, generator)
        sparse = to_sparse_semi_structured(dense)
        for batch in BATCHES:
            x = torch.randn(batch, in_features, generator=generator, device="cuda").to(DTYPE)
            # The sparse product must equal the dense one (up to fp16 accumulation order) before it is timed.
            torch.testing.assert_close(F.linear(x, sparse), F.linear(x, dense), rtol=2e-2, atol=2e-1)
            shape = f"{out_features}x{in_features}, batch {batch}"
            dense_s = time_linear(x, dense, "dense", shape)
            sparse_s = time_linear(x, sparse, "2:4", shape)
            rows.append(
                {
                    "out_features": out_features,
                    "in_features": in_features,
                    "batch": batch,
                    "dense_ms": dense_s * 1e3,
                    "sparse_ms": sparse_s * 1e3,
                    "speedup": dense_s / sparse_s,
                }
            )
            print(
                f"{shape:>28}: dense {dense_s * 1e3:7.3f} ms, 2:4 {sparse_s * 1e3:7.3f} ms, x{dense_s / sparse_s:.2f}"
            )
    return rows


def plot(rows: list[dict[str, object]], card: str, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for out_features, in_features in SHAPES:
        mine = [r for r in rows if (r["out_features"], r["in_features"]) == (out_features, in_features)]
        ax.plot(
            [r["batch"] for r in mine], [r["speedup"] for r in mine], marker="o", label=f"{out_features}x{in_features}"
        )
    ax.axhline(1.0, color="gray", linestyle="--", linewidth=1)
    ax.set(xscale="log", xlabel="batch (tokens)", ylabel="dense time / 2:4 time", title=f"2:4 speedup, fp16, {card}")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)


def main() -> int:
    reason = unavailable_reason()
    if reason is not None:
        print(f"bench/nm_gpu.py cannot run here: {reason}. Nothing was measured; run it on an Ampere or newer GPU.")
        return 0
    card = torch.cuda.get_device_name()
    print(f"{card}, torch {torch.__version__}, CUDA {torch.version.cuda}")
    rows = run()
    RESULTS.mkdir(exist_ok=True)
    record = {
        "card": card,
        "capability": list(torch.cuda.get_device_capability()),
        "torch": torch.__version__,
        "cuda": torch.version.cuda,
        "python": platform.python_version(),
        "dtype": str(DTYPE),
        "rows": rows,
    }
    (RESULTS / "nm_gpu.json").write_text(json.dumps(record, indent=2) + "\n")
    plot(rows, card, RESULTS / "nm_gpu.png")
    print(f"wrote {RESULTS / 'nm_gpu.json'} and {RESULTS / 'nm_gpu.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
