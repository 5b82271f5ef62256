"""A course instance: the folder, outside the repository, where a TA grades a term's submissions.

Its layout is nbgrader's own (``source/``, ``release/``, ``submitted/``,
``autograded/``, ``feedback/``, ``gradebook.db``), so nbgrader's commands and
formgrader work in it too. On top, this module keeps one recorded *outcome* per
student in ``outcomes/<lab>.json``: whether the submission was graded or rejected
(not a readable notebook), and why. Files that belong to no student, or that a
newer submission of the same student replaced, are *set aside* in
``outcomes/<lab>_set_aside.json``: a list for the TA, never a grade. The roster
given at collection is kept in ``roster.csv``, so that the export has one row per
roster student, submitted or not.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import shutil
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.coursedir import CourseDirectory
from nbgrader.utils import parse_utc
from tqdm.auto import tqdm
from traitlets.config import Config

from autograder import cells, edition, exports, feedback, grader, intake, judge, release
from autograder.jobs import Ending, Limits
from autograder.judge import ExpectedError

COURSE_CONFIG = "nbgrader_config.py"
ROSTER = "roster.csv"  # the latest roster given to collect, kept for the exports
MAX_NOTEBOOK_BYTES = 30 * 2**20  # a lab notebook with its plots is a few MiB; anything larger is not one
MAX_CELLS = 5000  # a lab has about 50 cells; far more would hold a worker for the whole notebook time limit
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

CONFIG_TEMPLATE = '''"""nbgrader configuration of a course instance, written by `python -m autograder init`.

nbgrader's own commands (for example `nbgrader formgrader` for manual grading) read it too.
"""
c = get_config()  # noqa: F821

c.CourseDirectory.course_id = {course_id!r}
{db_line}
{exchange_line}
# Each cell may run this many seconds while grading before it is interrupted and the next one runs.
c.Execute.timeout = {cell_timeout}
# Each submission's sandbox: seconds for the whole notebook, and private memory in GiB.
c.Sandbox.notebook_timeout = {notebook_timeout}
c.Sandbox.memory_gib = {memory_gib}
c.ClearSolutions.code_stub = {{"python": {code_stub!r}}}
c.ClearSolutions.text_stub = {text_stub!r}
'''


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


@dataclass
class GradingSummary:
    """The counts a TA reads at the end of a run."""

    graded: int = 0
    unchanged: int = 0
    rejected: int = 0
    failed: int = 0  # graded in this run, but the run ended early (a crash or a limit): judged on what it left
    flagged: int = 0  # of all graded submissions of the lab, unchanged ones included: integrity notes for the TA

    def line(self) -> str:
        return (
            f"graded {self.graded}, unchanged {self.unchanged}, rejected {self.rejected}, "
            f"failed {self.failed}; flagged for review: {self.flagged}"
        )


class Course:
    """An existing course folder. Create one with :meth:`Course.create`."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root).resolve()
        if not (self.root / COURSE_CONFIG).is_file():
            raise CourseError(
                f"{self.root} is not a course folder (it has no {COURSE_CONFIG}); "
                f"create one with `python -m autograder init {root}`"
            )

    @classmethod
    def create(
        cls,
        root: str | Path,
        course_id: str | None = None,
        db_url: str | None = None,
        cell_timeout: int = 60,
        notebook_timeout: int = 300,
        memory_gib: float = 4.0,
        exchange: str | Path | None = None,
    ) -> Course:
        """Make a new course folder with its nbgrader configuration.

        Args:
            root: the folder; must be outside this repository and not already a course.
            course_id: nbgrader's course id (default: the folder's name).
            db_url: SQLAlchemy URL of the gradebook (default: SQLite ``gradebook.db`` in the folder);
                a PostgreSQL URL lets several graders share one gradebook.
            cell_timeout: seconds a cell may run while autograding.
            notebook_timeout: seconds a whole submission may run.
            memory_gib: private memory a submission may use.
            exchange: nbgrader's exchange folder on a JupyterHub (``c.Exchange.root``), where
                ``release_assignment``, ``collect`` and ``release_feedback`` meet the students' fetch and
                submit (default: nbgrader's ``/usr/local/share/nbgrader/exchange``).
        """
        root = Path(root).resolve()
        if root == release.REPO_ROOT or release.REPO_ROOT in root.parents:
            raise CourseError(
                f"{root} is inside the repository; a course folder holds student data and lives outside it"
            )
        if (root / COURSE_CONFIG).exists():
            raise CourseError(f"{root} is already a course folder")
        if cell_timeout < 1 or notebook_timeout < cell_timeout or memory_gib <= 0:
            raise CourseError(
                f"need cell_timeout >= 1 s, notebook_timeout >= cell_timeout and memory_gib > 0; got {cell_timeout}, "
                f"{notebook_timeout} and {memory_gib}"
            )
        root.mkdir(parents=True, exist_ok=True)
        db_line = (
            f"c.CourseDirectory.db_url = {db_url!r}" if db_url else "# gradebook: SQLite gradebook.db in this folder"
        )
        exchange_line = (
            f"c.Exchange.root = {str(Path(exchange).resolve())!r}"
            if exchange
            else "# exchange: nbgrader's default, /usr/local/share/nbgrader/exchange"
        )
        (root / COURSE_CONFIG).write_text(
            CONFIG_TEMPLATE.format(
                course_id=course_id or root.name,
                db_line=db_line,
                exchange_line=exchange_line,
                cell_timeout=cell_timeout,
                notebook_timeout=notebook_timeout,
                memory_gib=memory_gib,
                code_stub=cells.CODE_STUB,
                text_stub=cells.TEXT_STUB,
            )
        )
        return cls(root)

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

    def _lab_dir(self, step: str, lab: str) -> Path:
        """``<root>/<step>/<lab>``, for the steps that hold one copy per lab (source, release)."""
        return self.root / step / lab

    def _student_dir(self, step: str, student: str, lab: str) -> Path:
        """``<root>/<step>/<student>/<lab>``, for the per-student steps (submitted, autograded, feedback)."""
        return self.root / step / student / lab

    def notebook_names(self, lab: str) -> list[str]:
        names = sorted(p.stem for p in self._lab_dir("source", lab).glob("*.ipynb"))
        if not names:
            raise CourseError(f"{lab} has not been released in {self.root}: run `python -m autograder release {lab}`")
        return names

    # --- release -----------------------------------------------------------------------------------------

    def release(self, lab: str) -> list[str]:
        """Copy the lab's source from the repository, record it in the gradebook, and write ``release/<lab>``.

        Also rebuilds the student edition that the grading sandbox runs on, and records the solution's
        answers (the answer key the judge compares with). A solution that fails its own tests stops here.

        Returns:
            Warnings: differences between this release and the repository's committed ``labs/<lab>``.
        """
        source = release.REPO_ROOT / release.SOLUTIONS / lab
        if not source.is_dir():
            raise CourseError(f"no lab {lab!r} in {source.parent}; available: {release.available_labs()}")
        target = self._lab_dir("source", lab)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "mistakes", "alternatives"))
        release.run_generate(self.config(), lab)
        if self.edition.exists():
            shutil.rmtree(self.edition)
        edition.build(self.edition)
        try:
            grader.answer_key(self.lab_notebooks(lab)).save(self._answer_key_path(lab))
        except ExpectedError as error:
            raise CourseError(str(error)) from error
        return release.stale_files(self._lab_dir("release", lab), release.REPO_ROOT / release.LABS / lab)

    @property
    def edition(self) -> Path:
        """The student edition this course grades on (rebuilt at each release)."""
        return self.root / "edition"

    def lab_notebooks(self, lab: str) -> grader.LabNotebooks:
        self.notebook_names(lab)
        return grader.LabNotebooks.load(self._lab_dir("source", lab), self._lab_dir("release", lab))

    def _answer_key_path(self, lab: str) -> Path:
        return self.root / "grading" / lab / "answer_key.json"

    def _judgement_path(self, lab: str, student: str) -> Path:
        return self.root / "grading" / lab / "judgements" / f"{student}.json"

    # --- collect -----------------------------------------------------------------------------------------

    def collect(
        self,
        lab: str,
        submissions: str | Path,
        lms: str | None = None,
        pattern: str | None = None,
        roster: str | Path | None = None,
        log: Callable[[str], None] = print,
    ) -> list[Outcome]:
        """Import a folder or zip of submissions into ``submitted/<student>/<lab>/``.

        Each entry is one student: ``<name>.ipynb``, or a folder holding the lab's notebook(s). Who the
        student is comes from the name (see :mod:`autograder.intake`: LMS formats, a pattern, a roster).
        Entries that match no student or the same one as another are listed first and never overwrite
        anything; a file that is not a valid notebook is still copied but recorded as rejected. A
        submission whose files are unchanged since it was graded keeps its grade.

        Returns:
            The outcome of every entry found.
        """
        with intake.opened(submissions) as folder:
            notebooks = self.notebook_names(lab)
            known = self.outcomes(lab)
            rows = intake.read_roster(roster) if roster else None
            report = intake.read_entries(folder, lms, pattern, rows)
            log(report.summary())
            accepted = [e for e in report.entries if not e.problem]
            outcomes = [self._collect_entry(lab, entry, notebooks, known) for entry in accepted]
        set_aside = [SetAside(e.path.name, e.problem, e.student) for e in report.entries if e.problem]
        if set_aside:
            log(f"{len(set_aside)} file(s) set aside, graded under no student: see exports/{lab}_set_aside.csv")
        if rows is not None:
            self._save_roster(rows)
        with self.gradebook() as gb:
            for outcome in outcomes:
                gb.update_or_create_student(outcome.student)
        self._save_outcomes(lab, outcomes)
        self._save_set_aside(lab, set_aside, accepted={o.source for o in outcomes})
        return outcomes

    def _collect_entry(self, lab: str, entry: intake.Entry, notebooks: list[str], known: dict[str, Outcome]) -> Outcome:
        about = {
            "source": entry.path.name,
            "name": entry.name,
            "lms_id": entry.lms_id,
            "late": entry.late,
            "note": entry.note,
        }
        files = _submitted_files(entry.path, notebooks)
        if files is None:
            return Outcome(entry.student, Status.REJECTED, f"{lab} has several notebooks; submit a folder", **about)
        content = _content_hash(files)
        previous = known.get(entry.student)
        if previous and previous.status == Status.GRADED and previous.content_hash == content:
            return Outcome(**{**asdict(previous), **about, "status": Status.GRADED})
        target = self._student_dir("submitted", entry.student, lab)
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for name, path in files.items():
            shutil.copy2(path, target / name)
        return _inspected(Outcome(entry.student, Status.COLLECTED, content_hash=content, **about), files, notebooks)

    def adopt_exchange_submissions(self, lab: str) -> list[Outcome]:
        """Record what nbgrader's own ``collect`` put in ``submitted/<student>/<lab>/`` (on a JupyterHub).

        A folder with nbgrader's ``timestamp.txt`` whose notebooks no outcome records yet, or whose
        notebooks changed since (a later submission collected again), becomes a collected submission. It
        is late when its timestamp is after the due date that the gradebook holds for the lab (``nbgrader
        db assignment add LAB --duedate ...``). :meth:`autograde` calls this first.

        Returns:
            The outcomes recorded.
        """
        notebooks, known = self.notebook_names(lab), self.outcomes(lab)
        with self.gradebook() as gb:
            due = gb.find_assignment(lab).duedate
        adopted = []
        for folder in sorted((self.root / "submitted").glob(f"*/{lab}")):
            stamp = folder / "timestamp.txt"
            files = {f"{n}.ipynb": folder / f"{n}.ipynb" for n in notebooks if (folder / f"{n}.ipynb").is_file()}
            student = folder.parent.name
            previous = known.get(student)
            if not stamp.is_file() or (previous and previous.content_hash == _content_hash(files)):
                continue
            submitted_at = stamp.read_text(encoding="utf-8", errors="replace").strip()[:100]
            try:
                late = due is not None and parse_utc(submitted_at) > due
            except (ValueError, TypeError, OverflowError):  # a damaged timestamp must not stop the batch
                late, submitted_at = False, f"at an unreadable time ({submitted_at!r})"
            about = {"source": "nbgrader exchange", "late": late, "note": f"submitted {submitted_at}"}
            adopted.append(
                _inspected(
                    Outcome(student, Status.COLLECTED, content_hash=_content_hash(files), **about), files, notebooks
                )
            )
        if adopted:
            with self.gradebook() as gb:
                for outcome in adopted:
                    gb.update_or_create_student(outcome.student)
            self._save_outcomes(lab, adopted)
        return adopted

    # --- autograde ---------------------------------------------------------------------------------------

    def grade(
        self,
        lab: str,
        submissions: str | Path,
        lms: str | None = None,
        pattern: str | None = None,
        roster: str | Path | None = None,
        **autograde_options,
    ) -> GradingSummary:
        """The whole pass a TA runs on a download: :meth:`collect`, then :meth:`autograde` (which grades,
        writes feedback and exports), each once. ``autograde_options`` are :meth:`autograde`'s."""
        self.collect(lab, submissions, lms, pattern, roster, log=autograde_options.get("log", print))
        return self.autograde(lab, **autograde_options)

    def autograde(
        self,
        lab: str,
        students: list[str] | None = None,
        log: Callable[[str], None] = print,
        workers: int = 1,
        scheduler: str | None = None,
        regrade_all: bool = False,
        missing: str = "blank",
    ) -> GradingSummary:
        """Grade what needs grading, then write those students' feedback and the lab's export.

        By default only new or changed submissions are graded, and those graded with an answer key that a
        re-release has since changed. A submission that cannot run (kernel death, a limit) is judged on the
        records it left and keeps a recorded outcome with the reason; the batch goes on. Rejected
        submissions (not a readable notebook) get their feedback note too.

        Args:
            lab: the lab.
            students: only these, graded whether they changed or not.
            log: called with the plan, and with one line per student.
            workers: submissions graded at once on this machine.
            scheduler: address of a Dask scheduler to send the runs to instead.
            regrade_all: grade every collected submission again.
            missing: the export's score for a roster student who submitted nothing (see :meth:`export`).
        """
        if not self._answer_key_path(lab).is_file():
            raise CourseError(f"{lab} has no answer key: run `python -m autograder release {lab}` first")
        adopted = self.adopt_exchange_submissions(lab)
        if adopted:
            log(f"{lab}: {len(adopted)} submission(s) collected by nbgrader's exchange")
        outcomes = self.outcomes(lab)
        key_hash = hashlib.sha256(self._answer_key_path(lab).read_bytes()).hexdigest()
        chosen = self._to_grade(lab, outcomes, students, regrade_all, key_hash)
        chosen_ids = {o.student for o in chosen}
        summary = GradingSummary(
            unchanged=sum(o.status == Status.GRADED and o.student not in chosen_ids for o in outcomes.values()),
            rejected=sum(o.status == Status.REJECTED for o in outcomes.values()),
        )
        log(
            f"{lab}: {len(chosen)} to grade, {summary.unchanged} unchanged"
            + (" (--all grades them again)" if summary.unchanged else "")
        )
        if chosen:
            self._grade(lab, chosen, key_hash, summary, log, workers, scheduler)
            self._save_outcomes(lab, chosen)
        rejected = [o.student for o in outcomes.values() if o.status == Status.REJECTED]
        self.feedback(lab, sorted(chosen_ids | set(rejected)))
        self.export(lab, missing=missing)
        summary.flagged = sum(bool(o.flags) for o in self.graded(lab))
        log(summary.line())
        return summary

    def _to_grade(
        self, lab: str, outcomes: dict[str, Outcome], students: list[str] | None, regrade_all: bool, key_hash: str
    ) -> list[Outcome]:
        gradable = [o for o in outcomes.values() if o.status != Status.REJECTED]
        if students is not None:
            unknown = sorted(set(students) - {o.student for o in gradable})
            if unknown:
                raise CourseError(f"no collected submission of {lab} for {unknown}")
            return [o for o in gradable if o.student in students]
        if regrade_all:
            return gradable
        return [o for o in gradable if o.status == Status.COLLECTED or o.key_hash != key_hash]

    def _grade(
        self,
        lab: str,
        chosen: list[Outcome],
        key_hash: str,
        summary: GradingSummary,
        log: Callable[[str], None],
        workers: int,
        scheduler: str | None,
    ) -> None:
        key = judge.Expected.load(self._answer_key_path(lab))
        notebooks = self.lab_notebooks(lab)
        jobs, prepared, submitted = [], {}, {}
        for outcome in chosen:
            path = self._student_dir("submitted", outcome.student, lab) / f"{notebooks.name}.ipynb"
            submitted[outcome.student] = nbformat.read(path, as_version=4)
            job, prepared[outcome.student] = grader.submission_job(
                outcome.student, submitted[outcome.student], notebooks, self.edition, self.limits()
            )
            jobs.append(job)
        with tqdm(total=len(jobs), desc=f"grading {lab}", unit="submission", disable=len(jobs) < 2) as bar:
            runs = grader.run_jobs(jobs, workers=workers, scheduler=scheduler, on_done=lambda run: bar.update())
        for outcome in chosen:
            graded = grader.judge_run(key, runs[outcome.student], prepared[outcome.student], notebooks)
            self._store(lab, outcome.student, notebooks, submitted[outcome.student], graded)
            outcome.status, outcome.reason = Status.GRADED, grader.reason(graded)
            outcome.key_hash, outcome.flags, outcome.run_ended = key_hash, graded.judgement.notes, graded.run.ended
            summary.graded += 1
            summary.failed += graded.run.ending is not Ending.FINISHED
            log(
                f"{outcome.student}: {graded.judgement.score:g}/{key.max_score:g}"
                + (f" ({outcome.reason})" if outcome.reason else "")
            )

    def limits(self) -> Limits:
        """The sandbox limits this course's configuration sets."""
        config = self.config()
        return Limits(
            cell_seconds=float(config.Execute.get("timeout", 60)),
            notebook_seconds=float(config.Sandbox.get("notebook_timeout", 300)),
            memory_bytes=int(float(config.Sandbox.get("memory_gib", 4)) * 2**30),
        )

    def _store(
        self,
        lab: str,
        student: str,
        notebooks: grader.LabNotebooks,
        submitted: nbformat.NotebookNode,
        graded: grader.Graded,
    ) -> None:
        """Write the judgement into nbgrader's gradebook, and keep the notebook and judgement for formgrader.

        The notebook formgrader shows carries the judge's verdict as the output of each test cell, and the
        integrity notes set nbgrader's "flagged" mark.
        """
        autograded = self._student_dir("autograded", student, lab)
        autograded.mkdir(parents=True, exist_ok=True)
        shown = copy.deepcopy(submitted)
        for cell in shown.cells:
            if cells.is_test(cell):
                text = feedback.verdict_text(graded.judgement, cells.grade_id(cell))
                cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text)]
        nbformat.write(shown, autograded / f"{notebooks.name}.ipynb")
        path = self._judgement_path(lab, student)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(graded.judgement)), encoding="utf-8")
        released = cells.by_grade_id(notebooks.release)
        answers = cells.by_grade_id(submitted)
        with self.gradebook() as gb:
            submission = gb.update_or_create_submission(lab, student)
            for notebook in submission.notebooks:
                notebook.flagged = bool(graded.judgement.notes)
            for gid, cell in graded.judgement.cells.items():
                grade = gb.find_grade(gid, notebooks.name, lab, student)
                grade.auto_score = cell.score
                grade.needs_manual_grade = grade.manual_score is not None
            for gid, cell in released.items():
                if not cells.is_manual(cell):
                    continue
                grade = gb.find_grade(gid, notebooks.name, lab, student)
                unchanged = gid not in answers or answers[gid].source.strip() == cell.source.strip()
                grade.auto_score = 0.0 if unchanged else None
                grade.needs_manual_grade = not unchanged and grade.manual_score is None
            gb.db.commit()

    def hand_grades(self, lab: str, students: list[str]) -> dict[str, dict[str, feedback.HandGrade]]:
        """The gradebook's scores and comments on each student's answers graded by hand, by grade id.

        An answer left as released scores 0 with no TA; one a TA has not scored yet has score None.
        """
        notebooks = self.lab_notebooks(lab)
        manual = [gid for gid, cell in cells.by_grade_id(notebooks.release).items() if cells.is_manual(cell)]
        found: dict[str, dict[str, feedback.HandGrade]] = {}
        with self.gradebook() as gb:
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

    def _refresh_hand_graded_feedback(self, lab: str) -> list[str]:
        """Rewrite the feedback of the students whose hand grades changed since it was written; return them."""
        shown = self._hand_grades_shown(lab)
        current = self.hand_grades(lab, [o.student for o in self.graded(lab)])
        changed = [student for student, grades in current.items() if shown.get(student) != _fingerprint(grades)]
        if changed:
            self.feedback(lab, changed)
        return changed

    def _hand_grades_shown(self, lab: str) -> dict[str, str]:
        path = self._hand_grades_shown_path(lab)
        return json.loads(path.read_text()) if path.exists() else {}

    def _hand_grades_shown_path(self, lab: str) -> Path:
        return self.root / "grading" / lab / "hand_grades_in_feedback.json"

    def judgement(self, lab: str, student: str) -> judge.Judgement:
        return judge.Judgement.from_json(self._judgement_path(lab, student).read_text(encoding="utf-8"))

    # --- feedback ----------------------------------------------------------------------------------------

    def feedback(self, lab: str, students: list[str] | None = None) -> list[Path]:
        """Write ``feedback/<student>/<lab>/`` and a zip of it per student in ``exports/<lab>_feedback/``.

        Graded work gets a safe HTML page with the judge's verdicts and the hand grades so far; a rejected
        submission a plain note with the reason; one collected but not graded yet nothing. The zips are
        ready to return through an LMS. The folder also holds the ``timestamp.txt`` and, for a submission
        that came through nbgrader's exchange, the ``submission_secret.txt`` that nbgrader's
        ``release_feedback`` reads (both left out of the zips).

        Args:
            lab: the lab.
            students: only these (default: every student with a recorded outcome).
        """
        written, outcomes = [], self.outcomes(lab)
        notebooks = self.lab_notebooks(lab)
        chosen = [
            o for o in outcomes.values() if o.status != Status.COLLECTED and (students is None or o.student in students)
        ]
        hand = self.hand_grades(lab, [o.student for o in chosen if o.status == Status.GRADED])
        for outcome in chosen:
            folder = self._student_dir("feedback", outcome.student, lab)
            if folder.exists():
                shutil.rmtree(folder)  # a regrade must not leave the old page beside a new note
            folder.mkdir(parents=True)
            (folder / "timestamp.txt").write_text(self._timestamp(lab, outcome.student))
            secret = self._student_dir("submitted", outcome.student, lab) / "submission_secret.txt"
            if secret.is_file():  # nbgrader's release_feedback names the released page after it
                shutil.copyfile(secret, folder / secret.name)
            if outcome.status == Status.GRADED:
                written.append(self._feedback_page(lab, outcome.student, notebooks, folder, hand[outcome.student]))
            else:
                note = folder / "NOT_GRADED.txt"
                note.write_text(
                    f"Your submission of {lab} was not graded automatically.\n\nReason: {outcome.reason}\n"
                    "Your score for the automatic part is 0. Fix the problem and resubmit, or ask your TA.\n"
                )
                written.append(note)
            self._bundle(lab, outcome.student, folder)
        shown = self._hand_grades_shown(lab) | {student: _fingerprint(grades) for student, grades in hand.items()}
        self._hand_grades_shown_path(lab).parent.mkdir(parents=True, exist_ok=True)
        self._hand_grades_shown_path(lab).write_text(json.dumps(shown, indent=1, sort_keys=True))
        return written

    def _timestamp(self, lab: str, student: str) -> str:
        """When the submission came in: nbgrader's collected timestamp where there is one, else now (UTC)."""
        collected = self._student_dir("submitted", student, lab) / "timestamp.txt"
        if collected.is_file():
            return collected.read_text().strip()
        return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f %Z")

    def _bundle(self, lab: str, student: str, folder: Path) -> Path:
        target = self.root / "exports" / f"{lab}_feedback" / f"{student}.zip"
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as bundle:
            for path in sorted(folder.rglob("*")):
                if path.is_file() and path.name not in ("timestamp.txt", "submission_secret.txt"):
                    bundle.write(path, Path(lab) / path.relative_to(folder))
        return target

    def _feedback_page(
        self,
        lab: str,
        student: str,
        notebooks: grader.LabNotebooks,
        folder: Path,
        hand: dict[str, feedback.HandGrade],
    ) -> Path:
        """The HTML page of one graded submission; plain text if the notebook cannot be rendered."""
        judgement = self.judgement(lab, student)
        submitted = nbformat.read(self._student_dir("autograded", student, lab) / f"{notebooks.name}.ipynb", 4)
        try:
            page = feedback.feedback_notebook(submitted, notebooks.source, judgement, lab, hand)
            target = folder / f"{notebooks.name}.html"
            target.write_text(feedback.render_html(page, f"{lab} feedback"), encoding="utf-8")
        except Exception as error:  # a notebook nbconvert cannot render still gets its scores and messages
            target = folder / f"{notebooks.name}.txt"
            target.write_text(feedback.plain_text(judgement, lab, f"{type(error).__name__}: {error}"), encoding="utf-8")
        return target

    # --- export ------------------------------------------------------------------------------------------

    def export(self, lab: str, path: str | Path | None = None, missing: str = "blank") -> Path:
        """Write the grades CSV of ``lab`` and, beside it, ``<lab>_checks.csv`` and ``<lab>_set_aside.csv``.

        The grades CSV has one row per student: every student with a submission, and every student of the
        roster kept at collection. Its columns are what an LMS import needs (id, name, LMS id, scores, total)
        and what a TA needs (status, flags, reason, note). ``total`` is blank while hand grading is pending,
        and every score is blank for a submission not graded yet: a blank is not a zero. A submission that
        is not a readable notebook scores 0, as its feedback note tells the student. The checks CSV has one
        column per check: the points each student earned on it. The set-aside CSV lists the files that are
        nobody's grade (unmatched, ambiguous, replaced by a newer submission, not a notebook), with why.
        Feedback whose hand grades changed in formgrader since it was written is written again first.

        Args:
            lab: the lab.
            path: the grades CSV (default ``exports/<lab>_grades.csv``).
            missing: a roster student who submitted nothing scores ``"blank"`` (the LMS keeps its grade) or
                ``"zero"``.

        Returns:
            The grades CSV's path.
        """
        path = Path(path) if path else self.root / "exports" / f"{lab}_grades.csv"
        self._refresh_hand_graded_feedback(lab)
        exports.write_csv(path, EXPORT_COLUMNS, self.grade_rows(lab, missing))
        columns, rows = self.check_rows(lab)
        exports.write_csv(path.with_name(f"{lab}_checks.csv"), columns, rows)
        set_aside = [
            {"source": item.source, "student_id": item.student, "reason": item.reason} for item in self.set_aside(lab)
        ]
        exports.write_csv(path.with_name(f"{lab}_set_aside.csv"), SET_ASIDE_COLUMNS, set_aside)
        return path

    def export_lms(
        self, lab: str, lms: str, path: str | Path | None = None, missing: str = "blank", assignment: str = ""
    ) -> tuple[Path, list[str]]:
        """Write the grades of ``lab`` as ``lms``'s import file (see :mod:`autograder.exports`).

        Args:
            lab: the lab.
            lms: ``"canvas"`` (gradebook import) or ``"moodle"`` (the assignment's grading worksheet; it also
                writes ``<lab>_feedback_moodle.zip`` for Moodle's feedback-files upload).
            path: the file (default ``exports/<lab>_<lms>.csv``).
            missing: as for :meth:`export`.
            assignment: Canvas's column header for the assignment, ``"Name (id)"`` as Canvas's own export
                writes it, so that it matches an existing assignment (default: the lab's name).

        Returns:
            The path, and warnings: rows the LMS cannot match to a student, totals left blank.
        """
        exports.check_lms(lms)
        path = Path(path) if path else self.root / "exports" / f"{lab}_{lms}.csv"
        rows = self.grade_rows(lab, missing)
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
                path,
                [*exports.CANVAS_IDENTITY, assignment or lab],
                exports.canvas_rows(rows, assignment or lab, points),
            )
        else:
            notebooks = self.notebook_names(lab)
            exports.write_csv(path, exports.MOODLE_COLUMNS, exports.moodle_rows(rows, f"{notebooks[0]}.html"))
            folders = [(row, self._student_dir("feedback", str(row["student_id"]), lab)) for row in rows]
            exports.moodle_feedback_zip(
                path.with_name(f"{lab}_feedback_moodle.zip"), [(row, f) for row, f in folders if f.is_dir()]
            )
        return path, warnings

    def grade_rows(self, lab: str, missing: str = "blank") -> list[dict[str, object]]:
        """The export's rows, one per student, sorted by student id (see :meth:`export`)."""
        if missing not in ("blank", "zero"):
            raise CourseError(f"missing must be 'blank' or 'zero', not {missing!r}")
        outcomes = self.outcomes(lab)
        roster = {row.id: row for row in self.roster()}
        with self.gradebook() as gb:
            try:
                assignment = gb.find_assignment(lab)
            except MissingEntry as error:
                raise CourseError(f"{lab} has not been released in {self.root}") from error
            for submission in assignment.submissions:
                outcomes.setdefault(submission.student.id, Outcome(submission.student.id, Status.GRADED))
            for student in roster.values():
                outcomes.setdefault(student.id, Outcome(student.id, Status.MISSING, "nothing submitted"))
            return [
                _row(gb, assignment, outcome, roster.get(outcome.student), missing)
                for outcome in sorted(outcomes.values(), key=lambda o: o.student)
            ]

    def check_rows(self, lab: str) -> tuple[list[str], list[dict[str, object]]]:
        """Columns and rows of the per-check CSV: the points each graded student earned on each check."""
        judged = {o.student: self.judgement(lab, o.student) for o in self.graded(lab)}
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

    def graded(self, lab: str) -> list[Outcome]:
        """The outcomes of the graded submissions of ``lab`` (with a saved judgement), sorted by student."""
        return sorted(
            (
                o
                for o in self.outcomes(lab).values()
                if o.status == Status.GRADED and self._judgement_path(lab, o.student).is_file()
            ),
            key=lambda o: o.student,
        )

    # --- outcomes ----------------------------------------------------------------------------------------

    def outcomes(self, lab: str) -> dict[str, Outcome]:
        path = self._outcomes_path(lab)
        if not path.exists():
            return {}
        return {
            item["student"]: Outcome(**{**item, "status": Status(item["status"])})
            for item in json.loads(path.read_text())
        }

    def _save_outcomes(self, lab: str, updates: list[Outcome]) -> None:
        merged = self.outcomes(lab) | {o.student: o for o in updates}
        path = self._outcomes_path(lab)
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = [{**asdict(o), "status": o.status.value} for o in sorted(merged.values(), key=lambda o: o.student)]
        path.write_text(json.dumps(rows, indent=1))

    def _outcomes_path(self, lab: str) -> Path:
        return self.root / "outcomes" / f"{lab}.json"

    def set_aside(self, lab: str) -> list[SetAside]:
        """The files of ``lab``'s batches that are graded under no student, with why."""
        path = self._set_aside_path(lab)
        return [SetAside(**item) for item in json.loads(path.read_text())] if path.exists() else []

    def _save_set_aside(self, lab: str, new: list[SetAside], accepted: set[str]) -> None:
        # A file collected again and accepted this time leaves the list; one set aside again is updated.
        kept = {item.source: item for item in self.set_aside(lab) if item.source not in accepted}
        kept |= {item.source: item for item in new}
        path = self._set_aside_path(lab)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps([asdict(item) for item in sorted(kept.values(), key=lambda i: i.source)], indent=1))

    def _set_aside_path(self, lab: str) -> Path:
        return self.root / "outcomes" / f"{lab}_set_aside.json"

    def roster(self) -> list[intake.RosterRow]:
        """The roster given at the latest collection (empty when none was)."""
        path = self.root / ROSTER
        return intake.read_roster(path) if path.exists() else []

    def _save_roster(self, rows: list[intake.RosterRow]) -> None:
        exports.write_csv(self.root / ROSTER, list(intake.ROSTER_COLUMNS), [asdict(row) for row in rows])


def _fingerprint(grades: dict[str, feedback.HandGrade]) -> str:
    return hashlib.sha256(json.dumps({gid: asdict(g) for gid, g in sorted(grades.items())}).encode()).hexdigest()


def _inspected(outcome: Outcome, files: dict[str, Path], notebooks: list[str]) -> Outcome:
    """``outcome`` rejected, with the reason, when its files are not readable notebooks or not the lab's."""
    problems = [f"{name}: {problem}" for name, path in files.items() if (problem := _unreadable(path))]
    missing = [f"{name}.ipynb" for name in notebooks if f"{name}.ipynb" not in files]
    if problems:
        outcome.status, outcome.reason = Status.REJECTED, "not a valid notebook: " + "; ".join(problems)
    elif len(missing) == len(notebooks):
        outcome.status = Status.REJECTED
        outcome.reason = f"no notebook named {', '.join(missing)} in the submission"
    return outcome


def _submitted_files(entry: Path, notebooks: list[str]) -> dict[str, Path] | None:
    """An entry's notebook files by the name they are stored under; None for a lone file of a multi-notebook lab."""
    if entry.is_file():
        return {f"{notebooks[0]}.ipynb": entry} if len(notebooks) == 1 else None
    return {
        p.stem + ".ipynb": p
        for p in sorted(entry.rglob("*"))
        if p.suffix.lower() == ".ipynb" and p.is_file() and ".ipynb_checkpoints" not in p.parts
    }


def _content_hash(files: dict[str, Path]) -> str:
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name].read_bytes() + b"\0")
    return digest.hexdigest()


def _unreadable(path: Path) -> str:
    """Why ``path`` is not a valid notebook, or '' when it is."""
    size = path.stat().st_size
    if size > MAX_NOTEBOOK_BYTES:
        return f"the file is {size / 2**20:.0f} MiB, more than the {MAX_NOTEBOOK_BYTES / 2**20:.0f} MiB a lab needs"
    try:
        # Schema slips (a retyped cell that kept its outputs) do not count: the grader reads only the cells.
        notebook = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4, capture_validation_error={})
        if not all(isinstance(cell.get("source"), str) for cell in notebook.cells):
            raise ValueError("cells without source text")
        if len(notebook.cells) > MAX_CELLS:
            return f"{len(notebook.cells)} cells, more than the {MAX_CELLS} a lab notebook can hold"
    except Exception as error:  # JSON, structure and encoding errors all mean "not a notebook"
        first_line = str(error).splitlines()[0] if str(error) else ""
        # nbformat appends a repr of the file's start, which says nothing to a TA.
        summary = re.sub(r": '.*$", "", first_line)[:160]
        return f"{type(error).__name__}: {summary}".rstrip(": ")
    return ""


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
