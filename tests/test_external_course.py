"""A course keeps its labs outside this repository: generate, check, audit, the edition, release and grade on it.

The test writes a tiny course into ``tmp_path``: one lab with one graded function whose solution uses the
course's own package (``course_utils``), a visible and a hidden check, one mistake and one alternative.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from autograder import audit, cells, cli, edition, release
from autograder.course import Course

LAB = "lab90"
SETUP = """import utils
from utils.grading import check_scalar

from course_utils.scale import FACTOR
"""
ANSWER = '''def double(x: int) -> int:
    """``x`` times the course's FACTOR (2)."""
    ### BEGIN SOLUTION
    return FACTOR * x
    ### END SOLUTION
'''
TESTS = f"""check_scalar("double/three", lambda: double(3), 6, name="double(3)", types=[int],
             mistakes={{"add 2 instead of doubling": 5}})
print("Visible tests passed.")
{cells.BEGIN_HIDDEN}
check_scalar("double/negative", lambda: double(-4), -8, name="double(-4)", types=[int])
{cells.END_HIDDEN}
"""
MISTAKE = """# mistake: adds 2 instead of doubling
# expect: add 2 instead of doubling
def double(x: int) -> int:
    return x + 2
"""
ALTERNATIVE = """# alternative: adds x to itself
def double(x: int) -> int:
    return x + x
"""


def _cell(source: str, grade_id: str, *, solution: bool = False, points: int = 0) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["nbgrader"] = {
        "grade": points > 0,
        "grade_id": grade_id,
        "locked": not solution,
        "schema_version": 3,
        "solution": solution,
        "task": False,
        **({"points": points} if points else {}),
    }
    return cell


def write_course(root: Path) -> release.LabSources:
    """The tiny course's files under ``root``; its solutions root."""
    lab = root / "solutions" / LAB
    (lab / "mistakes" / "double").mkdir(parents=True)
    (lab / "alternatives" / "double").mkdir(parents=True)
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    notebook.cells = [
        _cell(SETUP, cells.SETUP_ID),
        nbformat.v4.new_markdown_cell("Write `double`."),
        _cell(ANSWER, "double", solution=True),
        _cell(TESTS, "test_double", points=2),
    ]
    nbformat.write(notebook, lab / f"{LAB}.ipynb")
    (lab / "mistakes" / "double" / "adds_two.py").write_text(MISTAKE)
    (lab / "alternatives" / "double" / "adds_itself.py").write_text(ALTERNATIVE)
    (root / release.COURSE_UTILS).mkdir()
    (root / release.COURSE_UTILS / "__init__.py").write_text("")
    (root / release.COURSE_UTILS / "scale.py").write_text("FACTOR = 2\n")
    return release.LabSources(root / "solutions")


@pytest.mark.slow
def test_a_course_outside_the_repository_generates_audits_releases_and_grades(tmp_path, capsys):
    sources = write_course(tmp_path / "my-course")
    solutions = ["--solutions", str(sources.solutions)]

    assert cli.main(["generate", LAB, *solutions]) == 0
    released = nbformat.read(sources.release(LAB) / f"{LAB}.ipynb", as_version=4)
    assert "return FACTOR * x" not in "".join(c.source for c in released.cells)
    assert cli.main(["check", LAB, *solutions]) == 0

    report = audit.audit(LAB, sources, workers=1, log=lambda line: None)
    assert report.ok, audit.format_report(report)
    assert [(o.variant.kind, o.score) for o in report.outcomes if o.variant.kind != "solution"] == [
        ("mistake", 0.0),
        ("alternative", 2.0),
        ("alternative", 2.0),  # the audit's own: the solution drawing from the global generators
    ]

    built = edition.build(tmp_path / "edition", sources)
    assert (built / release.COURSE_UTILS / "scale.py").read_text() == "FACTOR = 2\n"
    assert (built / "labs" / LAB / f"{LAB}.ipynb").is_file() and edition.leaks(built) == []
    assert '"course_utils*"' in (built / "pyproject.toml").read_text(), "students install the course's package"

    course = tmp_path / "course"
    assert cli.main(["init", str(course)]) == 0
    assert cli.main(["release", LAB, "--course", str(course), *solutions]) == 0
    submissions = tmp_path / "submissions"
    submissions.mkdir()
    lab = Course(course).lab_notebooks(LAB)
    solved = audit.solved_notebook(lab)
    nbformat.write(solved, submissions / "alice.ipynb")
    nbformat.write(audit.with_answer(solved, "double", MISTAKE), submissions / "bob.ipynb")
    assert cli.main(["grade", LAB, str(submissions), "--course", str(course)]) == 0
    scores = {row["student_id"]: row["total"] for row in Course(course).grade_rows(LAB)}
    assert scores == {"alice": 2.0, "bob": 0.0}
