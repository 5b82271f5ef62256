"""A course instance: the folder, outside the repository, where a TA grades a term's submissions.

Its layout is nbgrader's own (``source/``, ``release/``, ``submitted/``,
``autograded/``, ``feedback/``, ``gradebook.db``), so nbgrader's commands and
formgrader work in it too. On top, this module keeps one recorded *outcome* per
submission in ``outcomes/<lab>.json``: whether it was graded, rejected (not a
notebook) or failed (nbgrader could not grade it), and why. Every outcome ends
as a row of the export, so a batch never loses a student.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config

from autograder import cells, edition, feedback, grader, judge, release, sandbox
from autograder.judge import ExpectedError

COURSE_CONFIG = "nbgrader_config.py"
MAX_NOTEBOOK_BYTES = 30 * 2**20  # a lab notebook with its plots is a few MiB; anything larger is not one
STUDENT_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]*$")
EXPORT_COLUMNS = [
    "student_id",
    "status",
    "score",
    "max_score",
    "auto_score",
    "auto_max",
    "manual_score",
    "manual_max",
    "needs_manual_grading",
    "reason",
]

CONFIG_TEMPLATE = '''"""nbgrader configuration of a course instance, written by `python -m autograder init`.

nbgrader's own commands (for example `nbgrader formgrader` for manual grading) read it too.
"""
c = get_config()  # noqa: F821

c.CourseDirectory.course_id = {course_id!r}
{db_line}
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


@dataclass
class Outcome:
    """What happened to one student's submission of one lab; ``reason`` says why in a sentence a TA can paste."""

    student: str
    status: Status
    reason: str = ""
    source: str = ""


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
        (root / COURSE_CONFIG).write_text(
            CONFIG_TEMPLATE.format(
                course_id=course_id or root.name,
                db_line=db_line,
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

    def collect(self, lab: str, folder: str | Path) -> list[Outcome]:
        """Import a folder of submissions into ``submitted/<student>/<lab>/``.

        Each entry of ``folder`` is one student: ``<student>.ipynb``, or a folder
        ``<student>/`` holding the lab's notebook(s). A file that is not a valid
        notebook is still copied (nothing is lost) but recorded as rejected with the reason.

        Returns:
            The outcome of each student found.
        """
        folder = Path(folder)
        if not folder.is_dir():
            raise CourseError(f"submissions folder {folder} does not exist")
        notebooks = self.notebook_names(lab)
        outcomes: list[Outcome] = []
        duplicates: list[Outcome] = []
        sources: dict[str, Path] = {}
        for entry in sorted(folder.iterdir()):  # every entry gets an outcome, and so a row of the export
            if entry.name.startswith("."):
                continue
            if entry.is_file() and entry.suffix.lower() != ".ipynb":
                reason = f"not a notebook ({entry.suffix or 'no extension'}): submit the lab's .ipynb file"
                duplicates.append(Outcome(entry.name, Status.REJECTED, reason, str(entry)))
                continue
            student = _student_id(entry)
            if student in sources:
                # Copying would overwrite the first submission with this id. This one keeps its own
                # row, under its file name, so that the export shows it and the TA can rename it.
                duplicates.append(
                    Outcome(
                        entry.name,
                        Status.REJECTED,
                        f"{entry.name} and {sources[student].name} both "
                        f"map to student id {student!r}; rename one and collect again",
                        str(entry),
                    )
                )
                continue
            sources[student] = entry
            outcomes.append(self._collect_one(lab, student, entry, notebooks))
        with self.gradebook() as gb:
            for outcome in outcomes:
                gb.update_or_create_student(outcome.student)
        self._save_outcomes(lab, outcomes + duplicates)
        return outcomes + duplicates

    def _collect_one(self, lab: str, student: str, entry: Path, notebooks: list[str]) -> Outcome:
        if entry.is_file():
            if len(notebooks) != 1:
                return Outcome(student, Status.REJECTED, f"{lab} has several notebooks; submit a folder", str(entry))
            files = {f"{notebooks[0]}.ipynb": entry}
        else:
            files = {
                p.stem + ".ipynb": p
                for p in sorted(entry.rglob("*"))
                if p.suffix.lower() == ".ipynb" and p.is_file() and ".ipynb_checkpoints" not in p.parts
            }
        target = self._student_dir("submitted", student, lab)
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for name, path in files.items():
            shutil.copy2(path, target / name)
        problems = [f"{name}: {problem}" for name, path in files.items() if (problem := _unreadable(path))]
        missing = [f"{name}.ipynb" for name in notebooks if f"{name}.ipynb" not in files]
        if problems:
            return Outcome(student, Status.REJECTED, "not a valid notebook: " + "; ".join(problems), str(entry))
        if len(missing) == len(notebooks):
            return Outcome(
                student, Status.REJECTED, f"no notebook named {', '.join(missing)} in the submission", str(entry)
            )
        return Outcome(student, Status.COLLECTED, "", str(entry))

    # --- autograde ---------------------------------------------------------------------------------------

    def autograde(
        self, lab: str, students: list[str] | None = None, log=print, workers: int = 1, scheduler: str | None = None
    ) -> list[Outcome]:
        """Grade collected submissions: run each in a sandbox, judge its records, write the gradebook.

        A submission that cannot run (kernel death, a limit) still gets judged on the records it left,
        and a recorded outcome with the reason; the batch goes on.

        Args:
            lab: the lab.
            students: only these (default: all collected or previously graded ones).
            log: called with one progress line per student.
            workers: submissions graded at once on this machine.
            scheduler: address of a Dask scheduler to send the runs to instead.
        """
        outcomes = self.outcomes(lab)
        chosen = [
            o for o in outcomes.values() if o.status != Status.REJECTED and (students is None or o.student in students)
        ]
        if students is not None:
            unknown = sorted(set(students) - {o.student for o in chosen})
            if unknown:
                raise CourseError(f"no collected submission of {lab} for {unknown}")
        if not self._answer_key_path(lab).is_file():
            raise CourseError(f"{lab} has no answer key: run `python -m autograder release {lab}` first")
        key = judge.Expected.load(self._answer_key_path(lab))
        notebooks = self.lab_notebooks(lab)
        limits = self.limits()
        jobs, prepared, submitted = [], {}, {}
        for outcome in chosen:
            path = self._student_dir("submitted", outcome.student, lab) / f"{notebooks.name}.ipynb"
            submitted[outcome.student] = nbformat.read(path, as_version=4)
            job, prepared[outcome.student] = grader.submission_job(
                outcome.student, submitted[outcome.student], notebooks, self.edition, limits
            )
            jobs.append(job)
        runs = grader.run_jobs(jobs, workers=workers, scheduler=scheduler)
        for outcome in chosen:
            graded = grader.judge_run(key, runs[outcome.student], prepared[outcome.student], notebooks)
            self._store(lab, outcome.student, notebooks, submitted[outcome.student], graded)
            outcome.status, outcome.reason = Status.GRADED, grader.reason(graded)
            log(
                f"{outcome.student}: {graded.judgement.score:g}/{key.max_score:g}"
                + (f" ({outcome.reason})" if outcome.reason else "")
            )
        self._save_outcomes(lab, list(outcomes.values()))
        return chosen

    def limits(self) -> sandbox.Limits:
        """The sandbox limits this course's configuration sets."""
        config = self.config()
        return sandbox.Limits(
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
        """Write the judgement into nbgrader's gradebook, and keep the notebook and judgement for formgrader."""
        autograded = self._student_dir("autograded", student, lab)
        autograded.mkdir(parents=True, exist_ok=True)
        nbformat.write(submitted, autograded / f"{notebooks.name}.ipynb")
        path = self._judgement_path(lab, student)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(graded.judgement)), encoding="utf-8")
        released = cells.by_grade_id(notebooks.release)
        answers = cells.by_grade_id(submitted)
        with self.gradebook() as gb:
            gb.update_or_create_submission(lab, student)
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

    def judgement(self, lab: str, student: str) -> judge.Judgement:
        return judge.Judgement.from_json(self._judgement_path(lab, student).read_text(encoding="utf-8"))

    # --- feedback ----------------------------------------------------------------------------------------

    def feedback(self, lab: str) -> list[Path]:
        """Write ``feedback/<student>/<lab>/``: a safe HTML page for graded work, a plain note for the rest."""
        written, outcomes = [], self.outcomes(lab)
        notebooks = self.lab_notebooks(lab)
        for outcome in outcomes.values():
            folder = self._student_dir("feedback", outcome.student, lab)
            folder.mkdir(parents=True, exist_ok=True)
            if outcome.status == Status.GRADED:
                written.append(self._feedback_page(lab, outcome.student, notebooks, folder))
                continue
            note = folder / "NOT_GRADED.txt"
            note.write_text(
                f"Your submission of {lab} was not graded automatically.\n\nReason: {outcome.reason}\n"
                "Your score for the automatic part is 0. Fix the problem and resubmit, or ask your TA.\n"
            )
            written.append(note)
        return written

    def _feedback_page(self, lab: str, student: str, notebooks: grader.LabNotebooks, folder: Path) -> Path:
        """The HTML page of one graded submission; plain text if the notebook cannot be rendered."""
        judgement = self.judgement(lab, student)
        submitted = nbformat.read(self._student_dir("autograded", student, lab) / f"{notebooks.name}.ipynb", 4)
        try:
            page = feedback.feedback_notebook(submitted, notebooks.source, judgement, lab)
            target = folder / f"{notebooks.name}.html"
            target.write_text(feedback.render_html(page, f"{lab} feedback"), encoding="utf-8")
        except Exception as error:  # a notebook nbconvert cannot render still gets its scores and messages
            target = folder / f"{notebooks.name}.txt"
            target.write_text(feedback.plain_text(judgement, lab, f"{type(error).__name__}: {error}"), encoding="utf-8")
        return target

    # --- export ------------------------------------------------------------------------------------------

    def export(self, lab: str, path: str | Path | None = None) -> Path:
        """Write the grades CSV of ``lab`` (one row per student with a recorded outcome); return its path.

        ``score``/``max_score`` include manually graded answers once a grader has scored them in
        formgrader; ``auto_*`` are the autograded tests only.
        """
        path = Path(path) if path else self.root / "exports" / f"{lab}_grades.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = self.grade_rows(lab)
        with path.open("w", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=EXPORT_COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        return path

    def grade_rows(self, lab: str) -> list[dict[str, object]]:
        """The export's rows, sorted by student id."""
        outcomes = self.outcomes(lab)
        with self.gradebook() as gb:
            try:
                assignment = gb.find_assignment(lab)
            except MissingEntry as error:
                raise CourseError(f"{lab} has not been released in {self.root}") from error
            for submission in assignment.submissions:
                outcomes.setdefault(submission.student.id, Outcome(submission.student.id, Status.GRADED))
            return [_row(gb, assignment, outcome) for outcome in sorted(outcomes.values(), key=lambda o: o.student)]

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


def _student_id(entry: Path) -> str:
    """The student id of a submission: the file's stem or the folder's name, limited to safe characters."""
    student = entry.name[: -len(entry.suffix)] if entry.is_file() else entry.name
    if STUDENT_ID.match(student):
        return student
    # Ids become folder names and gradebook keys.
    return re.sub(r"[^A-Za-z0-9_.@-]", "_", student).lstrip("_.-@") or "unnamed"


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
    except Exception as error:  # JSON, structure and encoding errors all mean "not a notebook"
        first_line = str(error).splitlines()[0] if str(error) else ""
        # nbformat appends a repr of the file's start, which says nothing to a TA.
        summary = re.sub(r": '.*$", "", first_line)[:160]
        return f"{type(error).__name__}: {summary}".rstrip(": ")
    return ""


def _row(gb: Gradebook, assignment, outcome: Outcome) -> dict[str, object]:
    try:
        submission = gb.find_submission(assignment.name, outcome.student) if outcome.status == Status.GRADED else None
    except MissingEntry:
        submission = None
    if submission is None:
        auto_score = manual_score = score = 0.0
        needs_manual = False
    else:
        auto_score, manual_score, score = submission.code_score, submission.written_score, submission.score
        needs_manual = bool(submission.needs_manual_grade)
    return {
        "student_id": outcome.student,
        "status": outcome.status.value,
        "score": _points(score),
        "max_score": _points(assignment.max_score),
        "auto_score": _points(auto_score),
        "auto_max": _points(assignment.max_code_score),
        "manual_score": "" if needs_manual else _points(manual_score),
        "manual_max": _points(assignment.max_written_score),
        "needs_manual_grading": needs_manual,
        "reason": outcome.reason,
    }


def _points(value: float | None) -> float:
    return round(float(value or 0.0), 2)
