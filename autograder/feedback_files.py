"""Feedback files: what goes back to each student, written into a course folder.

``feedback/<student>/<lab>/`` holds the feedback page (:mod:`autograder.feedback` renders it) of graded work, or
``NOT_GRADED.txt`` with the reason for a rejected submission; ``exports/<lab>_feedback/<student>.zip`` holds the
same, ready to return through an LMS. The hand grades a page shows are fingerprinted, so that the export can
rewrite the pages whose hand grades changed in formgrader since.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

import nbformat
from nbgrader.api import MissingEntry

from autograder import cells, feedback, grader
from autograder.course_store import CourseFolder, Status

HandGrades = dict[str, feedback.HandGrade]  # one student's, by grade id


def write(folder: CourseFolder, lab: str, students: list[str] | None = None) -> list[Path]:
    """Write the feedback of ``students`` (default: all with a recorded outcome); see
    :meth:`autograder.course.Course.feedback`."""
    written, outcomes = [], folder.outcomes(lab)
    notebooks = folder.lab_notebooks(lab)
    chosen = [
        o for o in outcomes.values() if o.status != Status.COLLECTED and (students is None or o.student in students)
    ]
    hand = hand_grades(folder, lab, [o.student for o in chosen if o.status == Status.GRADED])
    for outcome in chosen:
        target = folder.student_dir("feedback", outcome.student, lab)
        if target.exists():
            shutil.rmtree(target)  # a regrade must not leave the old page beside a new note
        target.mkdir(parents=True)
        (target / "timestamp.txt").write_text(_timestamp(folder, lab, outcome.student))
        secret = folder.student_dir("submitted", outcome.student, lab) / "submission_secret.txt"
        if secret.is_file():  # nbgrader's release_feedback names the released page after it
            shutil.copyfile(secret, target / secret.name)
        if outcome.status == Status.GRADED:
            written.append(_page(folder, lab, outcome.student, notebooks, target, hand[outcome.student]))
        else:
            note = target / "NOT_GRADED.txt"
            note.write_text(
                f"Your submission of {lab} was not graded automatically.\n\nReason: {outcome.reason}\n"
                "Your score for the automatic part is 0. Fix the problem and resubmit, or ask your TA.\n"
            )
            written.append(note)
        _bundle(folder, lab, outcome.student, target)
    shown = folder.hand_grades_shown(lab) | {student: _fingerprint(grades) for student, grades in hand.items()}
    folder.save_hand_grades_shown(shown, lab)
    return written


def hand_grades(folder: CourseFolder, lab: str, students: list[str]) -> dict[str, HandGrades]:
    """The gradebook's scores and comments on each student's answers graded by hand, by grade id.

    An answer left as released scores 0 with no TA; one a TA has not scored yet has score None.
    """
    notebooks = folder.lab_notebooks(lab)
    manual = [gid for gid, cell in cells.by_grade_id(notebooks.release).items() if cells.is_manual(cell)]
    found: dict[str, HandGrades] = {}
    with folder.gradebook() as gb:
        for student in students:
            mine = found.setdefault(student, {})
            for gid in manual:
                try:
                    grade = gb.find_grade(gid, notebooks.name, lab, student)
                    comment = gb.find_comment(gid, notebooks.name, lab, student).manual_comment or ""
                except MissingEntry:
                    continue
                score = grade.manual_score if grade.manual_score is not None else grade.auto_score
                waiting = grade.needs_manual_grade or score is None
                mine[gid] = feedback.HandGrade(float(grade.max_score), None if waiting else float(score), comment)
    return found


def refresh_hand_graded(folder: CourseFolder, lab: str) -> list[str]:
    """Rewrite the feedback of the students whose hand grades changed since it was written; return them."""
    shown = folder.hand_grades_shown(lab)
    current = hand_grades(folder, lab, [o.student for o in folder.graded(lab)])
    changed = [student for student, grades in current.items() if shown.get(student) != _fingerprint(grades)]
    if changed:
        write(folder, lab, changed)
    return changed


def _fingerprint(grades: HandGrades) -> str:
    return hashlib.sha256(json.dumps({gid: asdict(g) for gid, g in sorted(grades.items())}).encode()).hexdigest()


def _timestamp(folder: CourseFolder, lab: str, student: str) -> str:
    """When the submission came in: nbgrader's collected timestamp where there is one, else now (UTC)."""
    collected = folder.student_dir("submitted", student, lab) / "timestamp.txt"
    if collected.is_file():
        return collected.read_text().strip()
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f %Z")


def _bundle(folder: CourseFolder, lab: str, student: str, target: Path) -> Path:
    bundle_path = folder.exports / f"{lab}_feedback" / f"{student}.zip"
    bundle_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(bundle_path, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(target.rglob("*")):
            if path.is_file() and path.name not in ("timestamp.txt", "submission_secret.txt"):
                bundle.write(path, Path(lab) / path.relative_to(target))
    return bundle_path


def _page(
    folder: CourseFolder, lab: str, student: str, notebooks: grader.LabNotebooks, target: Path, hand: HandGrades
) -> Path:
    """The HTML page of one graded submission; plain text if the notebook cannot be rendered."""
    judgement = folder.judgement(lab, student)
    submitted = nbformat.read(folder.student_dir("autograded", student, lab) / f"{notebooks.name}.ipynb", 4)
    try:
        page = feedback.feedback_notebook(submitted, notebooks.source, judgement, lab, hand)
        written = target / f"{notebooks.name}.html"
        written.write_text(feedback.render_html(page, f"{lab} feedback"), encoding="utf-8")
    except Exception as error:  # a notebook nbconvert cannot render still gets its scores and messages
        written = target / f"{notebooks.name}.txt"
        written.write_text(feedback.plain_text(judgement, lab, f"{type(error).__name__}: {error}"), encoding="utf-8")
    return written
