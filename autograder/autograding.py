"""Autograde: choose the collected submissions that need grading, grade them (:mod:`autograder.grader`), and
store each judgement in nbgrader's gradebook and the course folder.

A submission is graded when it is new or changed, or when a re-release changed the answer key it was graded
with. A run that ended early (a crash, a limit) is judged on the records it left; the batch goes on.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import nbformat
from tqdm.auto import tqdm

from autograder import cells, feedback, grader, judge
from autograder.course_store import CourseError, CourseFolder, Outcome, Status
from autograder.jobs import DEFAULT_LIMITS, Ending, Limits


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


def key_hash(folder: CourseFolder, lab: str) -> str:
    """The answer key's fingerprint; raises when the lab has none (not released)."""
    path = folder.answer_key_path(lab)
    if not path.is_file():
        raise CourseError(f"{lab} has no answer key: run `python -m autograder release {lab}` first")
    return hashlib.sha256(path.read_bytes()).hexdigest()


def to_grade(
    lab: str, outcomes: dict[str, Outcome], students: list[str] | None, regrade_all: bool, key: str
) -> list[Outcome]:
    """The outcomes to grade: ``students`` (all of them), or every one with ``regrade_all``, or the new and
    changed ones and those graded with another answer key than ``key``."""
    gradable = [o for o in outcomes.values() if o.status != Status.REJECTED]
    if students is not None:
        unknown = sorted(set(students) - {o.student for o in gradable})
        if unknown:
            raise CourseError(f"no collected submission of {lab} for {unknown}")
        return [o for o in gradable if o.student in students]
    if regrade_all:
        return gradable
    return [o for o in gradable if o.status == Status.COLLECTED or o.key_hash != key]


def limits(folder: CourseFolder) -> Limits:
    """The sandbox limits the course's configuration sets (what it leaves out: :class:`Limits`' defaults)."""
    config = folder.config()
    default = DEFAULT_LIMITS
    return Limits(
        cell_seconds=float(config.Execute.get("timeout", default.cell_seconds)),
        notebook_seconds=float(config.Sandbox.get("notebook_timeout", default.notebook_seconds)),
        memory_bytes=int(float(config.Sandbox.get("memory_gib", default.memory_bytes / 2**30)) * 2**30),
    )


def grade(
    folder: CourseFolder,
    lab: str,
    chosen: list[Outcome],
    key: str,
    summary: GradingSummary,
    log: Callable[[str], None],
    workers: int,
    scheduler: str | None,
) -> None:
    """Grade the ``chosen`` submissions, store their judgements, and update their outcomes and ``summary``."""
    expected = judge.Expected.load(folder.answer_key_path(lab))
    notebooks = folder.lab_notebooks(lab)
    jobs, prepared, submitted = [], {}, {}
    for outcome in chosen:
        path = folder.student_dir("submitted", outcome.student, lab) / f"{notebooks.name}.ipynb"
        submitted[outcome.student] = nbformat.read(path, as_version=4)
        job, prepared[outcome.student] = grader.submission_job(
            outcome.student, submitted[outcome.student], notebooks, folder.edition, limits(folder)
        )
        jobs.append(job)
    with tqdm(total=len(jobs), desc=f"grading {lab}", unit="submission", disable=len(jobs) < 2) as bar:
        runs = grader.run_jobs(jobs, workers=workers, scheduler=scheduler, on_done=lambda run: bar.update())
    for outcome in chosen:
        graded = grader.judge_run(expected, runs[outcome.student], prepared[outcome.student], notebooks)
        store(folder, lab, outcome.student, notebooks, submitted[outcome.student], graded)
        outcome.status, outcome.reason = Status.GRADED, grader.reason(graded)
        outcome.key_hash, outcome.flags, outcome.run_ended = key, graded.judgement.notes, graded.run.ended
        summary.graded += 1
        summary.failed += graded.run.ending is not Ending.FINISHED
        log(
            f"{outcome.student}: {graded.judgement.score:g}/{expected.max_score:g}"
            + (f" ({outcome.reason})" if outcome.reason else "")
        )


def store(
    folder: CourseFolder,
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
    autograded = folder.student_dir("autograded", student, lab)
    autograded.mkdir(parents=True, exist_ok=True)
    shown = copy.deepcopy(submitted)
    feedback.mark_raised_cells(shown, graded.prepared.run, graded.run.cells)  # the page shows the cells that raised
    for cell in shown.cells:
        if cells.is_test(cell):
            text = feedback.verdict_text(graded.judgement, cells.grade_id(cell))
            cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text)]
    nbformat.write(shown, autograded / f"{notebooks.name}.ipynb")
    graded.judgement.save(folder.judgement_path(lab, student))
    released = cells.by_grade_id(notebooks.release)
    answers = cells.by_grade_id(submitted)
    with folder.gradebook() as gb:
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
