"""Regenerate the README's measured tables from ``bench/results/*.json``, or check that they agree.

Run from the repository root:  .venv/bin/python bench/readme_tables.py [--check]

Each generated table sits in the README between ``<!-- generated from bench/results/NAME.json -->`` and
``<!-- end of generated table -->``. What lies between is written here from the JSON alone: a line with
the date, machine and library versions the numbers were measured with, then the table. ``--check`` rewrites
nothing and exits 1 when a table in the README differs from what its JSON gives (``tests/test_readme_numbers.py``
runs it), so a number typed into the README, or a JSON re-measured without regenerating, is caught.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

import results_io  # bench/, the script's own folder

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(
    r"(<!-- generated from bench/results/(?P<name>[a-z_0-9]+)\.json -->\n)"
    r"(?P<body>.*?)(<!-- end of generated table -->)",
    re.S,
)
KV_POLICIES = {
    "window": "window (most recent only)",
    "StreamingLLM": "StreamingLLM (4 sinks + most recent)",
    "H2O": "H2O (most recent + heavy hitters)",
}
LLM_METHODS = {"dense": "dense", "magnitude": "magnitude", "wanda": "Wanda", "sparsegpt": "SparseGPT"}


def stamp(meta: dict) -> str:
    return (
        f"*Measured on {meta['date']} on {meta['machine']}; torch {meta['torch']}, numba {meta['numba']}, "
        f"scipy {meta['scipy']}; load average {meta['load_average']}.*\n\n"
    )


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows]) + "\n"


def kv_cache(data: dict) -> str:
    rows = data["rows"]
    budgets = sorted({r["budget"] for r in rows if r["policy"] != "full"})
    size = {r["budget"]: r["cache_mb"] for r in rows}
    by = {(r["policy"], r["budget"]): r["ppl"] for r in rows}
    header = ["policy", *(f"budget {b} ({size[b]:.2f} MB)" for b in budgets)]
    body = [[label, *(f"{by[(policy, b)]:.2f}" for b in budgets)] for policy, label in KV_POLICIES.items()]
    return table(header, body)


def llm_prune(data: dict) -> str:
    header = ["method", "pattern", "seconds to prune", "x one forward pass", "perplexity [95% interval]"]
    body = []
    for row in data["rows"]:
        timed = row["method"] != "dense"
        low, high = row["interval"]
        body.append(
            [
                LLM_METHODS[row["method"]],
                row["pattern"] if timed else "",
                f"{row['seconds']:.1f}" if timed else "",
                f"{row['x_forward']:.1f}" if timed else "",
                f"{row['perplexity']:.2f} [{low:.2f}, {high:.2f}]",
            ]
        )
    return table(header, body)


def spmm(data: dict) -> str:
    """The times with their ratios to ours, the crossover with dense, then GFLOP/s against the machine's limits."""
    compiled = (
        f"Numba compiled the float32 kernels in {data['settings']['compile_seconds']:.1f} s, once, in a fresh "
        "process; it caches them on disk.\n"
    )
    return spmm_times(data) + "\n" + spmm_gflops(data) + "\n" + compiled + "\n" + torch_version_note(data["meta"])


def spmm_times(data: dict) -> str:
    methods = ["ours", "torch.sparse.mm", "scipy", "dense"]
    header = ["sparsity", *(f"{m} (ms)" for m in methods), *(f"ours vs {m}" for m in methods[1:])]
    body = [
        [
            f"{row['sparsity']:.0%}",
            *(f"{row[m]:.2f}" for m in methods),
            *(f"{row[m] / row['ours']:.2f}x" for m in methods[1:]),
        ]
        for row in data["rows"]
    ]
    return table(header, body) + f"\nThe crossover with dense: {spmm_crossover(data)}.\n"


def spmm_crossover(data: dict) -> str:
    cross, first = data["crossover"], data["rows"][0]
    if cross is not None:
        return f"{cross:.1%} sparsity (interpolated); ours is faster above it"
    if first["ours"] < first["dense"]:
        return f"below {first['sparsity']:.0%}; ours is faster at every sparsity measured"
    return "none; ours is never faster"


def spmm_gflops(data: dict) -> str:
    peak, settings = data["peak"], data["settings"]
    estimate, ceiling, n = peak["theoretical"]["gflops"], peak["gemm_gflops"], peak["gemm_size"]
    intro = (
        f"Achieved GFLOP/s (sparse kernels: 2 FLOP per nonzero of W per column of X; dense: every product, zeros "
        f"included) against the machine's fp32 limits at {settings['threads']} threads: an estimated peak of "
        f"{estimate:.0f} GFLOP/s ({peak['theoretical']['assumed']}) and a measured ceiling of {ceiling:.0f} GFLOP/s "
        f"(`torch.matmul` of two {n} x {n} float32 matrices, {ceiling / estimate:.0%} of the estimate):\n\n"
    )
    methods = ["ours", "torch.sparse.mm", "scipy", "dense"]
    header = ["sparsity", *(f"{m} GFLOP/s" for m in methods), "ours / estimated peak", "ours / GEMM ceiling"]
    body = [
        [
            f"{row['sparsity']:.0%}",
            *(f"{row['gflops'][m]:.1f}" for m in methods),
            percent(row["gflops"]["ours"] / estimate),
            percent(row["gflops"]["ours"] / ceiling),
        ]
        for row in data["rows"]
    ]
    return intro + table(header, body)


def percent(fraction: float) -> str:
    """A fraction as a percentage, with a decimal below 10% so that small kernels do not all read 0%."""
    return f"{fraction:.1%}" if fraction < 0.1 else f"{fraction:.0%}"


def torch_version_note(meta: dict) -> str:
    release = ".".join(meta["torch"].split(".")[:2])
    return (
        f"**These numbers depend on the torch version** (torch {release}.x here) and on the machine: "
        "`torch.sparse.mm` and dense `torch.matmul` change between releases.\n"
    )


def autograde(data: dict) -> str:
    """The four graders side by side, then how ours scales with Dask workers."""
    settings, rows = data["settings"], data["rows"]
    count = settings["submissions"]
    baseline = next(row["seconds"] for row in rows if row["grader"].startswith("plain"))
    graders = table(
        ["grader", "seconds", "per submission (s)", "speed vs plain nbgrader"],
        [
            [
                row["grader"],
                f"{row['seconds']:.0f}",
                f"{row['seconds'] / count:.2f}",
                f"{baseline / row['seconds']:.2f}x",
            ]
            for row in rows
        ],
    )
    scaling = table(
        ["Dask workers", "seconds", "submissions per minute", "parallel efficiency"],
        [
            [str(row["workers"]), f"{row['seconds']:.0f}", f"{row['per_minute']:.1f}", f"{row['efficiency']:.0%}"]
            for row in data["scaling"]
        ],
    )
    skipped = data["skipped_workers"]  # more workers than cores would time-share them, not scale
    note = (
        f"\nNot timed: {', '.join(map(str, skipped))} workers, more than this machine's {settings['cores']} cores "
        "(`os.cpu_count()`).\n"
        if skipped
        else ""
    )
    return (
        f"{count} submissions of {settings['lab']}; ours run each in a sandbox ({settings['sandbox']}).\n\n"
        f"{graders}\nScaling on a Dask `LocalCluster` (one thread per worker; parallel efficiency = throughput(n) / "
        f"(n x throughput(1))):\n\n{scaling}{note}"
    )


RUNTIME_HEADER = ["lab", "mode", "seconds", "budget (s)", "fraction of budget", "measured on", "load average"]


def runtime_cells(row: dict) -> list[str]:
    return [
        row["lab"],
        row["mode"],
        f"{row['seconds']:.1f}",
        f"{row['budget']:.0f}",
        f"{row['seconds'] / row['budget']:.2f}",
        row["date"],
        f"{row['load_average']:.1f}",
    ]


def runtimes(data: dict) -> str:
    return table(RUNTIME_HEADER, [runtime_cells(row) for row in data["rows"]])


def audits(data: dict) -> str:
    header = ["lab", "mistakes caught", "by visible checks", "only by hidden", "alternatives at full marks"]
    header += ["solution", "notebooks", "wall time"]
    body = [
        [
            row["lab"],
            f"{row['caught']}/{row['mistakes']}",
            str(row["caught"] - row["hidden_only"]),
            str(row["hidden_only"]),
            f"{row['alternatives_full']}/{row['alternatives']}",
            f"{row['solution']:g}/{row['max_score']:g}",
            str(row["notebooks"]),
            f"{row['seconds']:.0f} s",
        ]
        for row in data["rows"]
    ]
    return table(header, body)


RENDERERS: dict[str, Callable[[dict], str]] = {
    "audits": audits,
    "autograde": autograde,
    "kv_cache": kv_cache,
    "llm_prune": llm_prune,
    "notebook_runtime": runtimes,
    "spmm": spmm,
}


def regenerate(text: str) -> tuple[str, list[str]]:
    """``text`` with every generated table written again from its JSON, and the names of those that changed."""
    changed = []

    def render(match: re.Match) -> str:
        name = match["name"]
        if name not in RENDERERS:
            raise SystemExit(f"README names bench/results/{name}.json, which no renderer here knows")
        if not (results_io.RESULTS / f"{name}.json").exists():
            raise SystemExit(f"README names bench/results/{name}.json, which is missing: run bench/{name}.py")
        data = results_io.load(name)
        body = stamp(data["meta"]) + RENDERERS[name](data)
        if body != match["body"]:
            changed.append(name)
        return match.group(1) + body + match.group(4)

    return BLOCK.sub(render, text), changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a README table differs from its JSON")
    args = parser.parse_args()
    text = README.read_text(encoding="utf-8")
    new, changed = regenerate(text)
    found = [m["name"] for m in BLOCK.finditer(text)]
    if args.check:
        for name in changed:
            print(f"README table from bench/results/{name}.json is stale: run bench/readme_tables.py", file=sys.stderr)
        print(f"{len(found) - len(changed)} of {len(found)} generated tables agree with their JSON")
        return 1 if changed else 0
    README.write_text(new, encoding="utf-8")
    print(f"regenerated {len(found)} tables ({', '.join(found)}); changed: {', '.join(changed) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
