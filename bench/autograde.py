"""Time grading a class of 60 Lab 0 submissions four ways, in one run, and print the ratios.

Run from the repository root:  .venv/bin/python bench/autograde.py [--count 60]

The batch: correct notebooks, partial ones (each with one declared mistake of the lab), wrong ones,
broken ones (untouched, a crashing import, a deleted answer) and two attacks (patched comparisons,
and a flood of output). It is graded by

1. plain ``nbgrader autograde``, one submission after another (a Jupyter kernel each, whole notebook);
2. ours with 1 worker (a sandbox each; setup, answers and tests only; the judge);
3. ours with 2 workers;
4. ours on a 2-worker Dask ``LocalCluster``.

Prints a Markdown table (the README's comes from here). One run on a shared machine is noisy.
"""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
import time
from pathlib import Path

import nbformat
from nbgrader.apps import NbGraderAPI

from autograder import audit, release, sandbox
from autograder.course import Course

LAB = "lab00"
ROOT = Path(__file__).resolve().parent.parent
ATTACKS = {
    "attack-patches": "import torch\ntorch.allclose = lambda *a, **k: True\ntorch.equal = lambda *a, **k: True\n",
    "attack-floods": "print('x' * 50_000_000)\n",
}


def write_batch(course: Course, folder: Path, count: int) -> None:
    """``count`` submissions in the proportions of a real class (see the module docstring)."""
    notebooks = course.lab_notebooks(LAB)
    solved = audit.solved_notebook(notebooks)
    variants, _ = audit.load_variants(ROOT / "solutions" / LAB)
    mistakes = [v for v in variants if v.kind == "mistake"]
    folder.mkdir(parents=True)
    kinds = ["correct"] * 20 + ["partial"] * 15 + ["wrong"] * 15 + ["broken"] * 8
    for index in range(count - len(ATTACKS)):
        kind = kinds[index % len(kinds)]
        nb = solved
        if kind == "partial":
            mistake = mistakes[index % len(mistakes)]
            nb = audit.with_answer(solved, mistake.function, mistake.source)
        elif kind == "wrong":
            for function in ("magnitude_mask", "filter_l2_mask"):
                nb = audit.with_answer(nb, function, f"def {function}(weight, sparsity):\n    return weight * 0")
        elif kind == "broken":
            nb = (
                notebooks.release if index % 2 else audit.with_answer(solved, "magnitude_mask", "import no_such_module")
            )
        nbformat.write(nb, folder / f"{kind}-{index:02d}.ipynb")
    for name, code in ATTACKS.items():
        cell = next(c for c in solved.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "prune_model")
        nbformat.write(audit.with_answer(solved, "prune_model", code + cell.source), folder / f"{name}.ipynb")


def time_plain_nbgrader(course: Course, students: list[str]) -> float:
    api = NbGraderAPI(config=course.config())
    start = time.perf_counter()
    with release.nbgrader_environment():
        for student in students:
            api.autograde(LAB, student, force=True, create=True)
    return time.perf_counter() - start


def time_ours(course: Course, expected: int, workers: int = 1, scheduler: str | None = None) -> float:
    """Seconds to grade every submission from scratch; fails when fewer than ``expected`` were graded.

    Grading is incremental, so without ``regrade_all`` every configuration after the first would find nothing
    to do and report a time of almost nothing.
    """
    start = time.perf_counter()
    summary = course.autograde(LAB, workers=workers, scheduler=scheduler, regrade_all=True, log=lambda line: None)
    seconds = time.perf_counter() - start
    if summary.graded != expected:
        raise SystemExit(f"graded {summary.graded} of {expected} submissions ({summary.line()}): the timing is void")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=60)
    count = parser.parse_args().count
    with tempfile.TemporaryDirectory() as scratch:
        course = Course.create(Path(scratch) / "course", cell_timeout=60)
        course.release(LAB)
        write_batch(course, Path(scratch) / "incoming", count)
        students = [o.student for o in course.collect(LAB, Path(scratch) / "incoming")]
        print(
            f"machine: {platform.machine()}, {os.cpu_count()} cores; {len(students)} submissions of {LAB}; "
            f"sandbox: {sandbox.isolation().value}"
        )
        times = {"plain nbgrader autograde, serial": time_plain_nbgrader(course, students)}
        times["ours, 1 worker"] = time_ours(course, len(students), 1)
        times["ours, 2 workers"] = time_ours(course, len(students), 2)
        import dask
        from dask.distributed import LocalCluster

        with (
            dask.config.set({"distributed.scheduler.allowed-failures": 1}),
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        ):
            dask_seconds = time_ours(course, len(students), scheduler=cluster.scheduler_address)
            times["ours, 2-worker Dask LocalCluster"] = dask_seconds
    baseline = times["plain nbgrader autograde, serial"]
    print("| grader | seconds | per submission (s) | speed vs plain nbgrader |")
    print("|---|---|---|---|")
    for name, seconds in times.items():
        print(f"| {name} | {seconds:.0f} | {seconds / len(students):.2f} | {baseline / seconds:.2f}x |")


if __name__ == "__main__":
    main()
