"""A course instance: the folder, outside the repository, where a TA grades a term's submissions.

:class:`Course` is the one object the CLI, the demo and the tests use. It runs the steps in their order, each
in a module of its own: ``release`` here; :mod:`~autograder.collection` (collect);
:mod:`~autograder.autograding` (choose and grade, store the judgements); :mod:`~autograder.feedback_files`
(what goes back to students); :mod:`~autograder.gradesheet` (the grades CSVs and LMS files). The folder's layout
and the records kept in it (one outcome per student, the set-aside files, the roster) are
:mod:`~autograder.course_store`'s.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from autograder import autograding, cells, collection, edition, feedback, feedback_files, grader, gradesheet, release
from autograder.autograding import GradingSummary
from autograder.course_store import COURSE_CONFIG, CourseError, CourseFolder, Outcome, SetAside, Status
from autograder.gradesheet import EXPORT_COLUMNS
from autograder.jobs import DEFAULT_LIMITS, Limits
from autograder.judge import ExpectedError

__all__ = ["EXPORT_COLUMNS", "Course", "CourseError", "GradingSummary", "Outcome", "SetAside", "Status"]

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


class Course(CourseFolder):
    """An existing course folder. Create one with :meth:`Course.create`."""

    def __init__(self, root: str | Path) -> None:
        super().__init__(root)
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
        cell_timeout: int = int(DEFAULT_LIMITS.cell_seconds),
        notebook_timeout: int = int(DEFAULT_LIMITS.notebook_seconds),
        memory_gib: float = DEFAULT_LIMITS.memory_bytes / 2**30,
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

    # --- release -----------------------------------------------------------------------------------------

    def release(self, lab: str, sources: release.LabSources = release.REPO_LABS) -> list[str]:
        """Copy the lab's source from ``sources``, record it in the gradebook, and write ``release/<lab>``.

        Also rebuilds the student edition that the grading sandbox runs on, and records the solution's
        answers (the answer key the judge compares with). A solution that fails its own tests stops here.

        Returns:
            Warnings: differences between this release and the course's committed ``labs/<lab>``.
        """
        source = sources.source(lab)
        if not source.is_dir():
            raise CourseError(f"no lab {lab!r} in {sources.solutions}; available: {sources.available()}")
        target = self.lab_dir("source", lab)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "mistakes", "alternatives"))
        release.run_generate(self.config(), lab)
        if self.edition.exists():
            shutil.rmtree(self.edition)
        edition.build(self.edition, sources)
        try:
            key = grader.answer_key(self.lab_notebooks(lab), python_path=sources.python_path)
        except ExpectedError as error:
            raise CourseError(str(error)) from error
        key.save(self.answer_key_path(lab))
        return release.stale_files(self.lab_dir("release", lab), sources.release(lab))

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
        return collection.collect(self, lab, submissions, lms, pattern, roster, log)

    def adopt_exchange_submissions(self, lab: str) -> list[Outcome]:
        """Record what nbgrader's own ``collect`` put in ``submitted/<student>/<lab>/`` (on a JupyterHub).

        A folder with nbgrader's ``timestamp.txt`` whose notebooks no outcome records yet, or whose
        notebooks changed since (a later submission collected again), becomes a collected submission. It
        is late when its timestamp is after the due date that the gradebook holds for the lab (``nbgrader
        db assignment add LAB --duedate ...``). :meth:`autograde` calls this first.

        Returns:
            The outcomes recorded.
        """
        return collection.adopt_exchange_submissions(self, lab)

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
        key = autograding.key_hash(self, lab)
        adopted = self.adopt_exchange_submissions(lab)
        if adopted:
            log(f"{lab}: {len(adopted)} submission(s) collected by nbgrader's exchange")
        outcomes = self.outcomes(lab)
        chosen = autograding.to_grade(lab, outcomes, students, regrade_all, key)
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
            autograding.grade(self, lab, chosen, key, summary, log, workers, scheduler)
            self.save_outcomes(lab, chosen)
        rejected = [o.student for o in outcomes.values() if o.status == Status.REJECTED]
        self.feedback(lab, sorted(chosen_ids | set(rejected)))
        self.export(lab, missing=missing)
        summary.flagged = sum(bool(o.flags) for o in self.graded(lab))
        log(summary.line())
        return summary

    def limits(self) -> Limits:
        """The sandbox limits this course's configuration sets."""
        return autograding.limits(self)

    # --- feedback ----------------------------------------------------------------------------------------

    def hand_grades(self, lab: str, students: list[str]) -> dict[str, dict[str, feedback.HandGrade]]:
        """The gradebook's scores and comments on each student's answers graded by hand, by grade id.

        An answer left as released scores 0 with no TA; one a TA has not scored yet has score None.
        """
        return feedback_files.hand_grades(self, lab, students)

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
        return feedback_files.write(self, lab, students)

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
        path = Path(path) if path else self.exports / f"{lab}_grades.csv"
        feedback_files.refresh_hand_graded(self, lab)
        return gradesheet.write_csvs(self, lab, path, missing)

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
        path = Path(path) if path else self.exports / f"{lab}_{lms}.csv"
        return path, gradesheet.write_lms(self, lab, lms, path, missing, assignment)

    def grade_rows(self, lab: str, missing: str = "blank") -> list[dict[str, object]]:
        """The export's rows, one per student, sorted by student id (see :meth:`export`)."""
        return gradesheet.grade_rows(self, lab, missing)

    def check_rows(self, lab: str) -> tuple[list[str], list[dict[str, object]]]:
        """Columns and rows of the per-check CSV: the points each graded student earned on each check."""
        return gradesheet.check_rows(self, lab)
