"""The autograder end to end: the demo's promised scores, and a batch of bad submissions that cannot stop it."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import nbformat
import pytest

from autograder import cli, demo
from autograder.course import Course, CourseError
from autograder.release import REPO_ROOT

pytestmark = pytest.mark.slow


def _rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open() as handle:
        return {row["student_id"]: row for row in csv.DictReader(handle)}


def test_demo_scores_feedback_and_export(tmp_path, capsys):
    assert demo.run_demo(tmp_path / "course") == 0
    course = tmp_path / "course"
    rows = _rows(course / "exports" / "lab00_grades.csv")
    assert set(rows) == {"solution", "untouched", "buggy", "raises", "not-json"}
    assert rows["solution"]["auto_score"] == rows["solution"]["auto_max"] == "18.0"
    assert rows["untouched"]["auto_score"] == "0.0" and "not attempted" in rows["untouched"]["reason"]
    assert rows["buggy"]["auto_score"] == "15.0" and "test_magnitude_mask" in rows["buggy"]["reason"]
    assert rows["raises"]["auto_score"] == "0.0" and "ModuleNotFoundError" in rows["raises"]["reason"]
    assert rows["not-json"]["status"] == "rejected" and "NotJSONError" in rows["not-json"]["reason"]
    assert rows["solution"]["manual_max"] == "6.0" and rows["solution"]["needs_manual_grading"] == "True"
    feedback = (course / "feedback" / "buggy" / "lab00" / "lab00.html").read_text()
    assert "This is exactly the answer you get when you use int() (which truncates) instead of round()" in feedback
    assert "Reason: not a valid notebook" in (course / "feedback" / "not-json" / "lab00" / "NOT_GRADED.txt").read_text()
    table = capsys.readouterr().out
    assert "All five submissions got the score they deserve" in table


def _solved(course: Course) -> nbformat.NotebookNode:
    release_nb = nbformat.read(course.root / "release" / "lab00" / "lab00.ipynb", as_version=4)
    source_nb = nbformat.read(course.root / "source" / "lab00" / "lab00.ipynb", as_version=4)
    return demo.fill_solutions(release_nb, source_nb)


def _with_answer_prefix(nb: nbformat.NotebookNode, grade_id: str, prefix: str) -> nbformat.NotebookNode:
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id:
            cell.source = prefix + cell.source
    return nb


def test_bad_submissions_get_recorded_outcomes_and_the_batch_goes_on(tmp_path):
    course = Course.create(tmp_path / "course", cell_timeout=8)
    course.release("lab00")
    incoming = tmp_path / "incoming"
    incoming.mkdir()

    for student, removed in [("deleted-test", {"test_cubic_sparsity"}),
                             ("deleted-answer", {"cubic_sparsity", "test_cubic_sparsity"})]:
        nb = _solved(course)
        nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") not in removed]
        nbformat.write(nb, incoming / f"{student}.ipynb")
    nbformat.write(_with_answer_prefix(_solved(course), "magnitude_mask", "while True:\n    pass\n"),
                   incoming / "loops.ipynb")
    nbformat.write(_with_answer_prefix(_solved(course), "magnitude_mask", "import os\nos._exit(1)\n"),
                   incoming / "exits.ipynb")
    (incoming / "empty.ipynb").write_text("")
    (incoming / "wrong-name").mkdir()
    nbformat.write(_solved(course), incoming / "wrong-name" / "my_lab.ipynb")

    course.collect("lab00", incoming)
    course.autograde("lab00")
    course.feedback("lab00")
    rows = _rows(course.export("lab00"))

    assert set(rows) == {"deleted-test", "deleted-answer", "loops", "exits", "empty", "wrong-name"}, \
        "every submission has a row"
    # nbgrader puts a deleted test cell back and scores it; it cannot restore a deleted answer cell.
    assert rows["deleted-test"]["status"] == "graded" and rows["deleted-test"]["auto_score"] == "18.0"
    assert "restored by nbgrader: test_cubic_sparsity" in rows["deleted-test"]["reason"]
    assert rows["deleted-answer"]["status"] == "failed" and rows["deleted-answer"]["auto_score"] == "0.0"
    assert "cells deleted from the notebook (cubic_sparsity, test_cubic_sparsity)" in rows["deleted-answer"]["reason"]
    assert rows["loops"]["status"] == "graded" and float(rows["loops"]["auto_score"]) < 18
    assert "ran past the time limit" in rows["loops"]["reason"]
    assert rows["exits"]["auto_score"] == "0.0" and rows["exits"]["reason"]
    assert rows["empty"]["status"] == "rejected" and "not a valid notebook" in rows["empty"]["reason"]
    assert rows["wrong-name"]["status"] == "rejected" and "no notebook named lab00.ipynb" in rows["wrong-name"]["reason"]
    outcomes = json.loads((course.root / "outcomes" / "lab00.json").read_text())
    assert {o["student"] for o in outcomes} == set(rows)
    for student in rows:
        assert any((course.root / "feedback" / student / "lab00").iterdir()), f"no feedback for {student}"


def test_gradebook_can_live_at_any_sqlalchemy_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared' / 'grades.db'}"
    (tmp_path / "shared").mkdir()
    course = Course.create(tmp_path / "course", db_url=url)
    course.release("lab00")
    assert (tmp_path / "shared" / "grades.db").exists() and not (course.root / "gradebook.db").exists()


def test_course_misuse_gives_clear_errors(tmp_path, capsys):
    with pytest.raises(CourseError, match="inside the repository"):
        Course.create(REPO_ROOT / "my-course")
    with pytest.raises(CourseError, match="autograder init"):
        Course(tmp_path)
    course = Course.create(tmp_path / "course")
    with pytest.raises(CourseError, match="already a course folder"):
        Course.create(tmp_path / "course")
    with pytest.raises(CourseError, match="has not been released"):
        course.collect("lab00", tmp_path)
    with pytest.raises(CourseError, match="no lab 'lab42'"):
        course.release("lab42")
    assert cli.main(["collect", "lab00", str(tmp_path / "missing"), "--course", str(course.root)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_cli_check_reports_fresh_release(capsys):
    assert cli.main(["check", "lab00"]) == 0
    assert "release check: OK" in capsys.readouterr().out


def test_submissions_that_map_to_one_student_id_never_overwrite_each_other(tmp_path):
    course = Course.create(tmp_path / "course")
    course.release("lab00")
    incoming = tmp_path / "incoming"
    (incoming / "alice").mkdir(parents=True)
    first = _solved(course)
    nbformat.write(first, incoming / "alice" / "lab00.ipynb")
    nbformat.write(_with_answer_prefix(_solved(course), "magnitude_mask", "# second copy\n"), incoming / "alice.ipynb")
    nbformat.write(first, incoming / "bob smith.ipynb")
    nbformat.write(first, incoming / "bob_smith.ipynb")

    outcomes = {(o.student, o.status): o for o in course.collect("lab00", incoming)}

    assert set(outcomes) == {("alice", "collected"), ("alice.ipynb", "rejected"),
                             ("bob_smith", "collected"), ("bob_smith.ipynb", "rejected")}
    assert "both map to student id 'alice'" in outcomes[("alice.ipynb", "rejected")].reason
    saved = course.outcomes("lab00")
    assert saved["alice"].status == saved["bob_smith"].status == "collected", "the first submission stays gradable"
    assert {row["student_id"] for row in course.grade_rows("lab00")} == {"alice", "alice.ipynb", "bob_smith",
                                                                        "bob_smith.ipynb"}, "every entry has a row"
    kept = nbformat.read(course.root / "submitted" / "alice" / "lab00" / "lab00.ipynb", as_version=4)
    assert not any("# second copy" in cell.source for cell in kept.cells), "the first submission was overwritten"
