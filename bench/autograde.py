"""Time grading a class of 60 Lab 0 submissions four ways, and on 1 to 16 Dask workers, in one run.

Run from the repository root:  .venv/bin/python bench/autograde.py [--count 60]

The batch: correct notebooks, partial ones (each with one declared mistake of the lab), wrong ones,
broken ones (untouched, a crashing import, a deleted answer) and two attacks (patched comparisons,
and a flood of output). It is graded by

1. plain ``nbgrader autograde``, one submission after another (a Jupyter kernel each, whole notebook);
2. ours with 1 worker (a sandbox each; setup, answers and tests only; the judge);
3. ours with 2 workers;
4. ours on a 2-worker Dask ``LocalCluster``,

and, for how grading scales past one machine, ours on a ``LocalCluster`` of 1, 2, 4, 8 and 16 workers (one thread
each), skipping the sizes above ``os.cpu_count()``: more workers than cores would measure time-sharing, not scaling.
Each configuration grades every submission from scratch and fails loudly when it grades fewer. Parallel efficiency
is throughput(n) / (n x throughput(1)). Writes bench/results/autograde.json, from which ``bench/readme_tables.py``
generates the README's tables, and prints them. One run on a shared machine is noisy.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import dask
import nbformat
import readme_tables  # bench/: print the tables as the README shows them
import results_io  # bench/, the script's own folder
from dask.distributed import LocalCluster
from nbgrader.apps import NbGraderAPI

from autograder import audit, release, sandbox
from autograder.course import Course

LAB = "lab00"
ROOT = Path(__file__).resolve().parent.parent
ATTACKS = {
    "attack-patches": "import torch\ntorch.allclose = lambda *a, **k: True\ntorch.equal = lambda *a, **k: True\n",
    "attack-floods": "print('x' * 50_000_000)\n",
}
DASK_WORKERS = (1, 2, 4, 8, 16)


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


def time_dask(course: Course, expected: int, workers: int) -> float:
    """Seconds for ours on a fresh ``workers``-worker ``LocalCluster`` (its start-up not counted)."""
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
    ):
        return time_ours(course, expected, scheduler=cluster.scheduler_address)


def shown(name: str, seconds: float) -> float:
    """``seconds``, printed as soon as measured: a full run takes half an hour."""
    print(f"{name}: {seconds:.0f} s", flush=True)
    return seconds


def scaling_rows(seconds: dict[int, float], count: int) -> list[dict]:
    """Throughput (submissions per minute) and parallel efficiency for each number of Dask workers timed."""
    per_minute = {n: 60 * count / s for n, s in seconds.items()}
    return [
        {"workers": n, "seconds": s, "per_minute": per_minute[n], "efficiency": per_minute[n] / (n * per_minute[1])}
        for n, s in seconds.items()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=60)
    count = parser.parse_args().count
    cores = os.cpu_count() or 1
    sizes = [n for n in DASK_WORKERS if n <= cores]
    with tempfile.TemporaryDirectory() as scratch:
        course = Course.create(Path(scratch) / "course", cell_timeout=60)
        course.release(LAB)
        write_batch(course, Path(scratch) / "incoming", count)
        students = [o.student for o in course.collect(LAB, Path(scratch) / "incoming")]
        print(
            f"machine: {results_io.cpu_name()}, {cores} cores; {len(students)} submissions of {LAB}; "
            f"sandbox: {sandbox.isolation().value}; Dask workers timed: {sizes}",
            flush=True,
        )
        times = {"plain `nbgrader autograde`, serial": shown("plain", time_plain_nbgrader(course, students))}
        times["ours, 1 worker"] = shown("ours, 1 worker", time_ours(course, len(students), 1))
        times["ours, 2 workers"] = shown("ours, 2 workers", time_ours(course, len(students), 2))
        dask_seconds = {n: shown(f"Dask, {n} workers", time_dask(course, len(students), n)) for n in sizes}
    if 2 in dask_seconds:
        times["ours, 2-worker Dask `LocalCluster`"] = dask_seconds[2]
    payload = {
        "settings": {"lab": LAB, "submissions": len(students), "sandbox": sandbox.isolation().value, "cores": cores},
        "rows": [{"grader": name, "seconds": seconds} for name, seconds in times.items()],
        "scaling": scaling_rows(dask_seconds, len(students)),
        "skipped_workers": [n for n in DASK_WORKERS if n > cores],
    }
    path = results_io.save("autograde", payload)
    saved = results_io.load("autograde")
    print(readme_tables.stamp(saved["meta"]) + readme_tables.autograde(saved))
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
