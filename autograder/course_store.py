"""A course folder's layout, in one place, and the records the autograder keeps in it.

The layout is nbgrader's own (``source/``, ``release/``, ``submitted/``, ``autograded/``, ``feedback/``,
``gradebook.db``), so nbgrader's commands and formgrader work in the folder too. On top, the autograder keeps:

* ``outcomes/<lab>.json``: one :class:`Outcome` per student: collected, rejected (not a readable notebook) or
  graded, and why;
* ``outcomes/<lab>_set_aside.json``: the files that belong to no student, or that a newer submission of the same
  student replaced (:class:`SetAside`): a list for the TA, never a grade;
* ``roster.csv``: the roster given at the latest collection, so that the export has a row per roster student;
* ``grading/<lab>/``: the answer key, each student's judgement, and which hand grades the feedback shows;
* ``edition/``: the student edition the sandbox grades on; ``exports/``: what goes to the LMS and the students.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from enum import Enum
from pathlib import Path

from nbgrader.api import Gradebook
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config

from autograder import exports, grader, intake, judge, release

COURSE_CONFIG = "nbgrader_config.py"
ROSTER = "roster.csv"  # the latest roster given to collect, kept for the exports


class CourseError(RuntimeError):
    """A course folder is missing, misused, or asked to do something out of order."""


class Status(str, Enum):
    """Where a submission stands: waiting to be graded, not a readable notebook, or graded."""

    COLLECTED = "collected"
    REJECTED = "rejected"
    GRADED = "graded"
    MISSING = "missing"  # on the roster, nothing submitted: only ever an export row, never recorded


@dataclass
class Outcome:
    """What happened to one student's submission of one lab; ``reason`` says why in a sentence a TA can paste.

    ``content_hash`` identifies the files collected and ``key_hash`` the answer key they were graded with:
    a submission is graded again only when one of them changes.
    """

    student: str
    status: Status
    reason: str = ""
    source: str = ""
    name: str = ""
    lms_id: str = ""
    late: bool = False
    content_hash: str = ""
    key_hash: str = ""
    flags: list[str] = field(default_factory=list)
    run_ended: str = ""
    note: str = ""  # for the TA: e.g. the older submissions that this newer one replaced


@dataclass
class SetAside:
    """A file of a batch that is graded under no student: unmatched, ambiguous, replaced by a newer one, or stray."""

    source: str
    reason: str
    student: str = ""  # the student it belongs to, when known (an older submission)


class CourseFolder:
    """A course folder: where each thing lives, nbgrader's configuration and gradebook, the records."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).resolve()

    # --- layout ------------------------------------------------------------------------------------------

    def lab_dir(self, step: str, lab: str) -> Path:
        """``<root>/<step>/<lab>``, for the steps that hold one copy per lab (source, release)."""
        return self.root / step / lab

    def student_dir(self, step: str, student: str, lab: str) -> Path:
        """``<root>/<step>/<student>/<lab>``, for the per-student steps (submitted, autograded, feedback)."""
        return self.root / step / student / lab

    @property
    def edition(self) -> Path:
        """The student edition this course grades on (rebuilt at each release)."""
        return self.root / "edition"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    def answer_key_path(self, lab: str) -> Path:
        return self.root / "grading" / lab / "answer_key.json"

    def judgement_path(self, lab: str, student: str) -> Path:
        return self.root / "grading" / lab / "judgements" / f"{student}.json"

    def hand_grades_shown_path(self, lab: str) -> Path:
        return self.root / "grading" / lab / "hand_grades_in_feedback.json"

    def outcomes_path(self, lab: str) -> Path:
        return self.root / "outcomes" / f"{lab}.json"

    def set_aside_path(self, lab: str) -> Path:
        return self.root / "outcomes" / f"{lab}_set_aside.json"

    # --- nbgrader plumbing -------------------------------------------------------------------------------

    def config(self) -> Config:
        config = release.load_config(self.root / COURSE_CONFIG)
        # The folder may have moved since init; its location is always where it is now.
        config.CourseDirectory.root = str(self.root)
        return config

    @contextmanager
    def gradebook(self) -> Iterator[Gradebook]:
        coursedir = CourseDirectory(config=self.config())
        with release.nbgrader_environment(), Gradebook(coursedir.db_url, coursedir.course_id) as gradebook:
            yield gradebook

    def notebook_names(self, lab: str) -> list[str]:
        names = sorted(p.stem for p in self.lab_dir("source", lab).glob("*.ipynb"))
        if not names:
            raise CourseError(f"{lab} has not been released in {self.root}: run `python -m autograder release {lab}`")
        return names

    def lab_notebooks(self, lab: str) -> grader.LabNotebooks:
        self.notebook_names(lab)
        return grader.LabNotebooks.load(self.lab_dir("source", lab), self.lab_dir("release", lab))

    # --- records -----------------------------------------------------------------------------------------

    def outcomes(self, lab: str) -> dict[str, Outcome]:
        path = self.outcomes_path(lab)
        if not path.exists():
            return {}
        return {
            item["student"]: Outcome(**{**item, "status": Status(item["status"])})
            for item in json.loads(path.read_text())
        }

    def save_outcomes(self, lab: str, updates: list[Outcome]) -> None:
        merged = self.outcomes(lab) | {o.student: o for o in updates}
        path = self.outcomes_path(lab)
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = [{**asdict(o), "status": o.status.value} for o in sorted(merged.values(), key=lambda o: o.student)]
        path.write_text(json.dumps(rows, indent=1))

    def graded(self, lab: str) -> list[Outcome]:
        """The outcomes of the graded submissions of ``lab`` (with a saved judgement), sorted by student."""
        return sorted(
            (
                o
                for o in self.outcomes(lab).values()
                if o.status == Status.GRADED and self.judgement_path(lab, o.student).is_file()
            ),
            key=lambda o: o.student,
        )

    def set_aside(self, lab: str) -> list[SetAside]:
        """The files of ``lab``'s batches that are graded under no student, with why."""
        path = self.set_aside_path(lab)
        return [SetAside(**item) for item in json.loads(path.read_text())] if path.exists() else []

    def save_set_aside(self, lab: str, new: list[SetAside], accepted: set[str]) -> None:
        # A file collected again and accepted this time leaves the list; one set aside again is updated.
        kept = {item.source: item for item in self.set_aside(lab) if item.source not in accepted}
        kept |= {item.source: item for item in new}
        path = self.set_aside_path(lab)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps([asdict(item) for item in sorted(kept.values(), key=lambda i: i.source)], indent=1))

    def roster(self) -> list[intake.RosterRow]:
        """The roster given at the latest collection (empty when none was)."""
        path = self.root / ROSTER
        return intake.read_roster(path) if path.exists() else []

    def save_roster(self, rows: list[intake.RosterRow]) -> None:
        exports.write_csv(self.root / ROSTER, list(intake.ROSTER_COLUMNS), [asdict(row) for row in rows])

    def judgement(self, lab: str, student: str) -> judge.Judgement:
        return judge.Judgement.load(self.judgement_path(lab, student))

    def hand_grades_shown(self, lab: str) -> dict[str, str]:
        """Per student, the fingerprint of the hand grades their feedback page shows."""
        path = self.hand_grades_shown_path(lab)
        return json.loads(path.read_text()) if path.exists() else {}

    def save_hand_grades_shown(self, shown: dict[str, str], lab: str) -> None:
        path = self.hand_grades_shown_path(lab)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(shown, indent=1, sort_keys=True))
