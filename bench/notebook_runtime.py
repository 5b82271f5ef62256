"""Time each lab's solution notebook top to bottom, normally and in grading mode, against its budget.

Run from the repository root:  .venv/bin/python bench/notebook_runtime.py [LAB ...]
Prints a Markdown table (the one in README.md comes from here). Times include kernel
start-up, as a student or nbgrader experiences them. One run on a shared machine is noisy,
so the table also gives each time as a fraction of its budget.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

import nbformat
import torch
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
BUDGET_S = {"normal": 180.0, "grading": 60.0}  # design.md: 3 minutes normally, 60 s while grading


def run_notebook(path: Path, grading: bool) -> float:
    """Execute a copy of ``path`` in a fresh kernel; return wall-clock seconds. Raises on any cell error."""
    notebook = nbformat.read(path, as_version=4)
    env_before = os.environ.pop("NBGRADER_EXECUTION", None)
    if grading:
        os.environ["NBGRADER_EXECUTION"] = "autograde"
    try:
        start = time.perf_counter()
        NotebookClient(
            notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
        ).execute()
        return time.perf_counter() - start
    finally:
        os.environ.pop("NBGRADER_EXECUTION", None)
        if env_before is not None:
            os.environ["NBGRADER_EXECUTION"] = env_before


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labs", nargs="*", help="default: every lab in solutions/")
    labs = parser.parse_args().labs or sorted(p.name for p in (ROOT / "solutions").iterdir() if p.is_dir())
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"torch {torch.__version__} with {torch.get_num_threads()} threads"
    )
    print("| lab | mode | seconds | budget (s) | fraction of budget |")
    print("|---|---|---|---|---|")
    for lab in labs:
        for mode in ("normal", "grading"):
            seconds = run_notebook(ROOT / "solutions" / lab / f"{lab}.ipynb", grading=mode == "grading")
            print(
                f"| {lab} | {mode} | {seconds:.1f} | {BUDGET_S[mode]:.0f} | {seconds / BUDGET_S[mode]:.2f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
