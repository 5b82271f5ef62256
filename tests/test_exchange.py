"""The JupyterHub loop through nbgrader's exchange, with our grading in the middle.

An instructor and two students, each with a home folder of their own and one shared exchange folder, run
nbgrader's own commands as they would on a hub: release_assignment, fetch_assignment, submit, collect,
then our autograde and export, then release_feedback and fetch_feedback. The students are told apart by
nbgrader's ``--student`` option, as one OS user runs the test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from autograder import cli, demo, judge
from autograder.course import Course

pytestmark = pytest.mark.slow

LAB = "lab00"
COURSE_ID = "mcl"


def _nbgrader(cwd: Path, home: Path, *args: str) -> str:
    """One nbgrader command as the user whose home is ``home`` (their Jupyter folders and cache inside it)."""
    env = {
        **os.environ,
        "HOME": str(home),
        "JUPYTER_CONFIG_DIR": str(home / ".jupyter"),
        "JUPYTER_DATA_DIR": str(home / ".local" / "share" / "jupyter"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "nbgrader", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


def _student_home(root: Path, student: str, exchange: Path) -> Path:
    home = root / student
    home.mkdir()
    config = f"c = get_config()  # noqa\nc.Exchange.root = {str(exchange)!r}\n"
    config += f"c.CourseDirectory.course_id = {COURSE_ID!r}\n"
    (home / "nbgrader_config.py").write_text(config)
    return home


def test_release_fetch_submit_collect_grade_and_release_feedback_as_separate_users(tmp_path, capsys):
    exchange = tmp_path / "exchange"
    exchange.mkdir(mode=0o777)
    instructor = tmp_path / "instructor"
    course = Course.create(instructor / "course", course_id=COURSE_ID, exchange=exchange, cell_timeout=20)
    course.release(LAB)
    samples = tmp_path / "samples"
    demo.write_submissions(course, samples)
    _nbgrader(course.root, instructor, "release_assignment", LAB)

    homes = {}
    for student, sample in (("alice", "solution"), ("bob", "buggy")):
        homes[student] = home = _student_home(tmp_path, student, exchange)
        _nbgrader(home, home, "fetch_assignment", LAB)
        shutil.copyfile(samples / f"{sample}.ipynb", home / LAB / "lab00.ipynb")  # the student's work
        _nbgrader(home, home, "submit", LAB, "--student", student)
        if student == "alice":  # the due date passes between the two submissions
            time.sleep(0.05)
            with course.gradebook() as gb:
                gb.update_or_create_assignment(LAB, duedate=datetime.now(timezone.utc).replace(tzinfo=None))
            time.sleep(0.05)
    _nbgrader(course.root, instructor, "collect", LAB)

    summary = course.autograde(LAB, log=print)
    assert "lab00: 2 submission(s) collected by nbgrader's exchange" in capsys.readouterr().out
    assert summary.graded == 2
    rows = {row["student_id"]: row for row in course.grade_rows(LAB)}
    auto = judge.Expected.load(course.answer_key_path(LAB)).max_score  # the lab's points change as it grows
    assert rows["alice"]["auto_score"] == auto and rows["alice"]["late"] is False
    assert 0 < rows["bob"]["auto_score"] < auto and rows["bob"]["late"] is True
    assert rows["alice"]["note"].startswith("submitted 20")
    # --student finds a collected submission, and an unchanged collection is not adopted twice.
    assert cli.main(["autograde", LAB, "--student", "bob", "--course", str(course.root)]) == 0
    assert "lab00: 1 to grade" in capsys.readouterr().out

    # The TA scores Alice's answers by hand in formgrader; the export writes her feedback again.
    hand = course.hand_grades(LAB, ["alice"])["alice"]
    hand_points = sum(grade.points for grade in hand.values())
    with course.gradebook() as gb:
        for gid in hand:
            grade = gb.find_grade(gid, "lab00", LAB, "alice")
            grade.manual_score, grade.needs_manual_grade = grade.max_score - 1, False
            gb.find_comment(gid, "lab00", LAB, "alice").manual_comment = "Say why the tie rule matters."
        gb.db.commit()
    course.export(LAB)
    _nbgrader(course.root, instructor, "release_feedback", LAB)

    for student in ("alice", "bob"):
        _nbgrader(homes[student], homes[student], "fetch_feedback", LAB, "--student", student)
    alice = next((homes["alice"] / LAB / "feedback").rglob("lab00.html")).read_text()
    given = hand_points - len(hand)  # one point off each answer
    assert f"Graded by hand: {given:g} / {hand_points:g}." in alice
    assert f"Total: {auto + given:g} / {auto + hand_points:g}." in alice
    assert "Say why the tie rule matters." in alice
    bob = next((homes["bob"] / LAB / "feedback").rglob("lab00.html")).read_text()
    assert "Automatically graded part:" in bob and "Say why" not in bob
