"""``make demo``: release Lab 0 in a fresh course folder, grade five sample submissions, print the table.

The samples cover what a real batch contains: a correct solution, an untouched
release, a plausible bug, a notebook whose code crashes, and a file that is not
a notebook at all. The demo checks that each gets the score it deserves and
exits non-zero otherwise, so it doubles as an end-to-end test.
"""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable
from pathlib import Path

import nbformat

from autograder import cells
from autograder.audit import solved_notebook
from autograder.course import Course
from autograder.tables import format_table

LAB = "lab00"
# A plausible slip: truncating instead of rounding. The visible test (an exact k) still passes.
BUG = ("magnitude_mask", "k = round(sparsity * weight.numel())", "k = int(sparsity * weight.numel())")
# The student imported a helper file that they forgot to submit.
CRASH = "from my_pruning_helpers import *  # noqa\n"


def _edit_answers(nb: nbformat.NotebookNode, edit: Callable[[str, str], str]) -> nbformat.NotebookNode:
    edited = copy.deepcopy(nb)
    for cell in edited.cells:
        if cells.is_answer(cell):
            cell.source = edit(cells.grade_id(cell), cell.source)
    return edited


def _inject_bug(grade_id: str, source: str) -> str:
    cell_id, old, new = BUG
    if grade_id != cell_id:
        return source
    if old not in source:
        raise RuntimeError(f"the demo's bug no longer applies: {old!r} is not in the {cell_id} solution")
    head, _, tail = source.rpartition(old)  # the code line, not the docstring that quotes it
    return head + new + tail


def write_submissions(course: Course, folder: Path) -> dict[str, str]:
    """Write the five samples into ``folder``; return ``{student id: what it is}``."""
    release_nb = nbformat.read(course.root / "release" / LAB / f"{LAB}.ipynb", as_version=4)
    solved = solved_notebook(course.lab_notebooks(LAB))
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(solved, folder / "solution.ipynb")
    nbformat.write(release_nb, folder / "untouched.ipynb")
    nbformat.write(_edit_answers(solved, _inject_bug), folder / "buggy.ipynb")
    nbformat.write(_edit_answers(solved, lambda _, source: CRASH + source), folder / "raises.ipynb")
    text = nbformat.writes(solved)
    (folder / "not-json.ipynb").write_text(text[: len(text) // 2])  # an upload cut off halfway
    return {
        "solution": "the instructor's solution",
        "untouched": "the release as students receive it",
        "buggy": "the solution with int() where round() belongs",
        "raises": "every answer cell imports a module that does not exist",
        "not-json": "half of a notebook file",
    }


def broken_promises(rows: list[dict[str, object]]) -> list[str]:
    """What the demo promises about each sample; returns the broken promises."""
    by_id = {row["student_id"]: row for row in rows}
    full = by_id["solution"]["auto_max"]
    checks = [
        (by_id["solution"]["auto_score"] == full, "the solution must get full marks"),
        (by_id["untouched"]["auto_score"] == 0, "the untouched release must get 0"),
        (0 < by_id["buggy"]["auto_score"] < full, "the buggy submission must get partial credit"),
        (by_id["raises"]["auto_score"] == 0 and by_id["raises"]["reason"], "the crashing one must get 0 with a reason"),
        (
            by_id["not-json"]["auto_score"] == 0 and by_id["not-json"]["reason"],
            "the non-notebook must get 0 with a reason",
        ),
    ]
    return [message for ok, message in checks if not ok]


def run_demo(course_dir: Path | None = None) -> int:
    """Run the whole demo; return 0 when every sample got the score it deserves."""
    root = course_dir or Path(tempfile.mkdtemp(prefix="mcl-demo-")) / "course"
    course = Course.create(root, course_id="demo")
    print(f"1. course folder: {course.root}")
    for warning in course.release(LAB):
        print(f"   warning: {warning}")
    print(f"2. released {LAB}: {course.root / 'release' / LAB}")
    incoming = course.root.parent / "incoming"
    for student, what in write_submissions(course, incoming).items():
        print(f"   submission {student:<10} {what}")
    print("3. grading: collect, autograde (each notebook runs in grading mode), feedback, export...")
    course.grade(LAB, incoming, log=lambda line: print(f"   {line}"))
    grades = course.root / "exports" / f"{LAB}_grades.csv"
    print(f"4. feedback: under {course.root / 'feedback'}\n   grades:   {grades}\n")
    rows = course.grade_rows(LAB)
    print(format_table(rows))
    broken = broken_promises(rows)
    for message in broken:
        print(f"DEMO FAILED: {message}")
    if not broken:
        print("\nAll five submissions got the score they deserve. Open a feedback file to see what students see.")
    return 1 if broken else 0
