"""Grade files an LMS imports as they are, and the feedback zip Moodle takes back.

:class:`autograder.course.Course` builds one detailed row per student (``Course.grade_rows``); this module
only rewrites those rows in the columns each LMS's importer reads:

* **Canvas** (Gradebook → Import): the columns ``Student, ID, SIS User ID, SIS Login ID, Section`` and one
  column per assignment, with a ``Points Possible`` row under the header, as Canvas's own gradebook export
  writes them. Canvas matches a row by ``ID`` (its user id, which its download puts in every file name),
  else by the SIS ids. A blank score leaves Canvas's grade as it is.
* **Moodle** (Assignment → Upload grading worksheet): Moodle's offline grading worksheet, whose importer
  (``mod/assign/feedback/offline/importgradeslib.php``) finds its columns by their English headers
  ``Identifier``, ``Grade`` and ``Last modified (grade)``, and a row's student by ``Participant <id>``, the
  participant id of Moodle's download file names. ``Feedback comments`` is read when comments are enabled.
  A site in another language uses its own headers: rename them before the upload.
"""

from __future__ import annotations

import csv
import re
import time
import zipfile
from collections.abc import Mapping
from pathlib import Path

LMS_FORMATS = ("canvas", "moodle")
CANVAS_IDENTITY = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
MOODLE_COLUMNS = [
    "Identifier",
    "Full name",
    "Email address",
    "Grade",
    "Maximum Grade",
    "Last modified (grade)",
    "Feedback comments",
]


def validate_lms(lms: str) -> None:
    if lms not in LMS_FORMATS:
        raise ValueError(f"unknown LMS format {lms!r}; known: {', '.join(LMS_FORMATS)}")


def write_csv(path: Path, columns: list[str], rows: list[dict[str, object]]) -> None:
    """Write ``rows`` under ``columns``; missing values are blank."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, restval="", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def canvas_rows(rows: list[dict[str, object]], assignment: str, points: float) -> list[dict[str, object]]:
    """The Canvas import rows: ``Points Possible`` first, then one per student."""
    header = {"Student": "Points Possible", assignment: points}
    return [header] + [
        {
            "Student": row["name"] or row["student_id"],
            "ID": row["lms_id"],
            "SIS User ID": row.get("sis_user_id", ""),
            "SIS Login ID": row.get("sis_login_id", ""),
            "Section": row.get("section", ""),
            assignment: row["total"],  # blank while hand grading is pending: Canvas keeps what it has
        }
        for row in rows
    ]


def moodle_rows(rows: list[dict[str, object]], feedback_name: str) -> list[dict[str, object]]:
    """The Moodle worksheet rows of the students with a participant id (the others cannot be matched)."""
    # Later than any grade a TA typed into Moodle before this export, so that Moodle does not skip the row.
    stamp = time.strftime("%A, %d %B %Y, %I:%M %p")
    return [
        {
            "Identifier": f"Participant {row['lms_id']}",
            "Full name": row["name"],
            "Email address": row.get("email", ""),
            "Grade": row["total"],
            "Maximum Grade": row["total_max"],
            "Last modified (grade)": stamp,
            "Feedback comments": _comment(row, feedback_name),
        }
        for row in rows
        if row["lms_id"]
    ]


def _comment(row: Mapping[str, object], feedback_name: str) -> str:
    if row["status"] == "graded":
        return f"Automatic part {row['auto_score']}/{row['auto_max']}; details in the feedback file {feedback_name}."
    return str(row["reason"])


def moodle_feedback_zip(target: Path, bundles: list[tuple[Mapping[str, object], Path]]) -> Path:
    """One zip for Moodle's "Upload multiple feedback files in a zip": a folder per participant.

    Moodle reads the folder name as ``fullname_participantid_plugintype_pluginname``, split at underscores,
    so the name loses its own underscores.

    Args:
        target: the zip to write.
        bundles: (export row, that student's feedback folder); rows without a participant id are skipped.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as bundle:
        for row, folder in bundles:
            if not row["lms_id"]:
                continue
            name = re.sub(r"[_/\\]", " ", str(row["name"] or row["student_id"]))
            prefix = f"{name}_{row['lms_id']}_assignfeedback_file_"
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    bundle.write(path, f"{prefix}/{path.relative_to(folder).as_posix()}")
    return target
