"""Export: a course's grades of one lab as rows, one per student and one per check, and the files written from them.

The grades CSV (:data:`EXPORT_COLUMNS`), the per-check CSV and the set-aside CSV; the LMS import files come from
the same rows through :mod:`autograder.exports`, which knows the LMS formats and writes the CSVs.
"""

from __future__ import annotations

from pathlib import Path

from nbgrader.api import Gradebook, MissingEntry

from autograder import exports, intake
from autograder.course_store import CourseError, CourseFolder, Outcome, Status

EXPORT_COLUMNS = [
    "student_id",
    "name",
    "lms_id",
    "late",
    "status",
    "auto_score",
    "auto_max",
    "manual_score",
    "manual_max",
    "total",
    "total_max",
    "hand_grading_pending",
    "flags",
    "reason",
    "note",
]
SET_ASIDE_COLUMNS = ["source", "student_id", "reason"]


def write_csvs(folder: CourseFolder, lab: str, path: Path, missing: str) -> Path:
    """The grades CSV at ``path``, and beside it ``<lab>_checks.csv`` and ``<lab>_set_aside.csv``."""
    exports.write_csv(path, EXPORT_COLUMNS, grade_rows(folder, lab, missing))
    columns, rows = check_rows(folder, lab)
    exports.write_csv(path.with_name(f"{lab}_checks.csv"), columns, rows)
    set_aside = [
        {"source": item.source, "student_id": item.student, "reason": item.reason} for item in folder.set_aside(lab)
    ]
    exports.write_csv(path.with_name(f"{lab}_set_aside.csv"), SET_ASIDE_COLUMNS, set_aside)
    return path


def write_lms(folder: CourseFolder, lab: str, lms: str, path: Path, missing: str, assignment: str) -> list[str]:
    """``lms``'s import file at ``path`` (see :meth:`autograder.course.Course.export_lms`); return the warnings."""
    exports.validate_lms(lms)
    rows = grade_rows(folder, lab, missing)
    warnings = [
        f"{row['student_id']}: no LMS id, so {lms} cannot match this row"
        for row in rows
        if not row["lms_id"] and not (lms == "canvas" and (row["sis_user_id"] or row["sis_login_id"]))
    ]
    pending = [str(row["student_id"]) for row in rows if row["hand_grading_pending"] is True]
    if pending:
        warnings.append(f"{len(pending)} total(s) left blank while hand grading is pending: {', '.join(pending)}")
    if lms == "canvas":
        points = rows[0]["total_max"] if rows else 0.0
        exports.write_csv(
            path, [*exports.CANVAS_IDENTITY, assignment or lab], exports.canvas_rows(rows, assignment or lab, points)
        )
    else:
        notebooks = folder.notebook_names(lab)
        exports.write_csv(path, exports.MOODLE_COLUMNS, exports.moodle_rows(rows, f"{notebooks[0]}.html"))
        pages = [(row, folder.student_dir("feedback", str(row["student_id"]), lab)) for row in rows]
        exports.moodle_feedback_zip(
            path.with_name(f"{lab}_feedback_moodle.zip"), [(row, f) for row, f in pages if f.is_dir()]
        )
    return warnings


def grade_rows(folder: CourseFolder, lab: str, missing: str = "blank") -> list[dict[str, object]]:
    """The export's rows, one per student, sorted by student id (see :meth:`autograder.course.Course.export`)."""
    if missing not in ("blank", "zero"):
        raise CourseError(f"missing must be 'blank' or 'zero', not {missing!r}")
    outcomes = folder.outcomes(lab)
    roster = {row.id: row for row in folder.roster()}
    with folder.gradebook() as gb:
        try:
            assignment = gb.find_assignment(lab)
        except MissingEntry as error:
            raise CourseError(f"{lab} has not been released in {folder.root}") from error
        for submission in assignment.submissions:
            outcomes.setdefault(submission.student.id, Outcome(submission.student.id, Status.GRADED))
        for student in roster.values():
            outcomes.setdefault(student.id, Outcome(student.id, Status.MISSING, "nothing submitted"))
        return [
            _row(gb, assignment, outcome, roster.get(outcome.student), missing)
            for outcome in sorted(outcomes.values(), key=lambda o: o.student)
        ]


def check_rows(folder: CourseFolder, lab: str) -> tuple[list[str], list[dict[str, object]]]:
    """Columns and rows of the per-check CSV: the points each graded student earned on each check."""
    judged = {o.student: folder.judgement(lab, o.student) for o in folder.graded(lab)}
    columns: dict[str, None] = {}
    rows = []
    for student, judgement in sorted(judged.items()):
        row: dict[str, object] = {"student_id": student}
        for cell in judgement.cells.values():
            share = cell.points / len(cell.checks) if cell.checks else 0.0
            for check in cell.checks:
                columns.setdefault(check.id)
                row[check.id] = _points(share if check.passed else 0.0)
        rows.append(row)
    return ["student_id", *columns], rows


def _row(
    gb: Gradebook, assignment, outcome: Outcome, student: intake.RosterRow | None, missing: str
) -> dict[str, object]:
    roster = student or intake.RosterRow(outcome.student)
    row: dict[str, object] = {
        "student_id": outcome.student,
        "name": outcome.name or roster.name,
        "lms_id": outcome.lms_id or roster.lms_id,
        "late": outcome.late,
        "status": outcome.status.value,
        "auto_max": _points(assignment.max_code_score),
        "manual_max": _points(assignment.max_written_score),
        "total_max": _points(assignment.max_score),
        "flags": "; ".join(outcome.flags),
        "reason": outcome.reason,
        "note": outcome.note,
        # Not in the detailed CSV; the LMS formats use them.
        "email": roster.email,
        "section": roster.section,
        "sis_user_id": roster.sis_user_id,
        "sis_login_id": roster.sis_login_id,
    }
    if outcome.status == Status.MISSING:
        score = 0.0 if missing == "zero" else ""
        return row | {"auto_score": score, "manual_score": score, "total": score, "hand_grading_pending": False}
    try:
        submission = gb.find_submission(assignment.name, outcome.student) if outcome.status == Status.GRADED else None
    except MissingEntry:
        submission = None
    if outcome.status == Status.REJECTED:  # graded as ungradable: 0, as its NOT_GRADED note tells the student
        return row | {"auto_score": 0.0, "manual_score": "", "total": 0.0, "hand_grading_pending": False}
    if submission is None:  # not graded yet: blanks, which an LMS leaves ungraded, where a 0 would be a grade
        return row | {"auto_score": "", "manual_score": "", "total": "", "hand_grading_pending": ""}
    pending = bool(submission.needs_manual_grade)
    return row | {
        "auto_score": _points(submission.code_score),
        "manual_score": "" if pending else _points(submission.written_score),
        "total": "" if pending else _points(submission.score),
        "hand_grading_pending": pending,
    }


def _points(value: float | None) -> float:
    return round(float(value or 0.0), 2)
