"""Time each lab's solution notebook top to bottom, normally and in grading mode, against its budget.

Run from the repository root:  .venv/bin/python bench/notebook_runtime.py [LAB ...]   (default: every lab)

Times include kernel start-up, as a student or nbgrader experiences them. Writes
bench/results/notebook_runtime.json, from which ``bench/readme_tables.py`` generates the README's
"Measured runtimes" table. Labs are often re-measured one at a time, so each row carries the date and
load average it was measured at, and a run replaces only the rows of the labs it measured, saving after
each lab. One run on a shared machine is noisy, so the table also gives each time as a fraction of its budget.
"""

from __future__ import annotations

import argparse
import datetime
import os
import time
from pathlib import Path

import nbformat
import readme_tables  # bench/: print the table as the README shows it
import results_io  # bench/, the script's own folder
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


def measure(lab: str, mode: str) -> dict:
    """One row: ``lab``'s solution notebook run in ``mode``, with when and under what load it was measured."""
    seconds = run_notebook(ROOT / "solutions" / lab / f"{lab}.ipynb", grading=mode == "grading")
    return {
        "lab": lab,
        "mode": mode,
        "seconds": seconds,
        "budget": BUDGET_S[mode],
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d"),
        "load_average": round(os.getloadavg()[0], 1),  # the last minute's, i.e. mostly during this notebook
    }


def save_rows(new: list[dict]) -> Path:
    """Write ``new`` to the results, replacing the rows of their labs and keeping every other lab's."""
    path = results_io.RESULTS / "notebook_runtime.json"
    old = results_io.load("notebook_runtime")["rows"] if path.exists() else []
    labs = {row["lab"] for row in new}
    rows = [row for row in old if row["lab"] not in labs] + new
    rows.sort(key=lambda row: (row["lab"], list(BUDGET_S).index(row["mode"])))
    return results_io.save("notebook_runtime", {"rows": rows})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labs", nargs="*", help="default: every lab in solutions/")
    labs = parser.parse_args().labs or sorted(p.name for p in (ROOT / "solutions").iterdir() if p.is_dir())
    print(f"machine: {results_io.cpu_name()}, {os.cpu_count()} cores, torch {torch.__version__}", flush=True)
    for lab in labs:
        rows = [measure(lab, mode) for mode in BUDGET_S]
        path = save_rows(rows)  # after each lab, so that a failure later keeps what was measured
        print(readme_tables.table(readme_tables.RUNTIME_HEADER, [readme_tables.runtime_cells(r) for r in rows]))
    saved = results_io.load("notebook_runtime")
    print(f"wrote {path}; the whole table now:\n")
    print(readme_tables.stamp(saved["meta"]) + readme_tables.runtimes(saved))


if __name__ == "__main__":
    main()
