"""The grading path that every submission takes, whether from a course, the audit or the demo.

1. :func:`answer_key`: run the instructor's solution once (trusted, with the full ``utils``) and keep
   each check's specification and answer.
2. :func:`submission_job`: turn a submitted notebook into a sandbox job (:mod:`autograder.prepare`).
3. :func:`run_jobs`: run jobs in sandboxes, several at once or on a Dask cluster (the audit's own
   variants: :func:`run_variants`, which runs the setup once per batch).
4. :func:`judge_run`: score what came back (:mod:`autograder.judge`), never running student code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import nbformat

from autograder import cells, judge, prepare, sandbox
from autograder.jobs import Ending, Job, Limits, Run
from autograder.release import REPO_LABS
from utils.grading import compare
from utils.grading.checks import SPEC_ENV


@dataclass
class LabNotebooks:
    """The two notebooks of a lab that grading needs: the instructor's source and the student release."""

    name: str
    source: nbformat.NotebookNode
    release: nbformat.NotebookNode

    @classmethod
    def load(cls, source_dir: Path, release_dir: Path) -> LabNotebooks:
        found = sorted(source_dir.glob("*.ipynb"))
        if len(found) != 1:
            raise ValueError(f"{source_dir} must hold exactly one notebook, found {[p.name for p in found]}")
        name = found[0].stem
        return cls(
            name, nbformat.read(found[0], as_version=4), nbformat.read(release_dir / found[0].name, as_version=4)
        )

    def setup_code(self) -> list[str]:
        return [c.source for c in self.source.cells if cells.is_setup(c)]


@dataclass
class Graded:
    """One submission's judgement, with what the sandbox run produced for the record."""

    key: str
    judgement: judge.Judgement
    run: Run
    prepared: prepare.Prepared


def answer_key(
    lab: LabNotebooks, limits: Limits | None = None, python_path: str = REPO_LABS.python_path
) -> judge.Expected:
    """Run the solution with its hidden checks and return the answer key (raises ``ExpectedError`` on a lab bug).

    ``python_path`` is where its imports come from: the full ``utils``, and a course's own package
    (:attr:`autograder.release.LabSources.python_path`).
    """
    job = Job(
        key=f"{lab.name}-solution",
        cells=prepare.solution_cells(lab.source),
        python_path=python_path,
        limits=limits or Limits(),
        extra_env={SPEC_ENV: "1"},
        sandboxed=False,
    )
    run = sandbox.run_job(job)
    return judge.expected_from_run(lab.name, judge.test_points(lab.source.cells), run)


def submission_job(
    key: str, submitted: nbformat.NotebookNode, lab: LabNotebooks, edition: Path, limits: Limits
) -> tuple[Job, prepare.Prepared]:
    """The sandbox job for one submitted notebook, and how it was prepared."""
    prepared = prepare.submission_cells(submitted, lab.source, lab.release)
    return Job(key=key, cells=prepared.run, python_path=str(edition), limits=limits), prepared


def run_jobs(
    jobs: Iterable[Job], workers: int = 1, scheduler: str | None = None, on_done: Callable | None = None
) -> dict[str, Run]:
    """Run jobs ``workers`` at a time on this machine, or on the Dask cluster at ``scheduler``.

    Every job runs through :func:`sandbox.run_with_retry`, here or on a worker: a run that failed on our side is
    run once more, then recorded as ``Ending.RUNNER_FAILED`` with the reason.
    """
    jobs = list(jobs)
    if scheduler:
        from autograder.cluster import run_on_cluster

        return run_on_cluster(jobs, scheduler, on_done)
    runs: dict[str, Run] = {}
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        for run in pool.map(sandbox.run_with_retry, jobs):
            runs[run.key] = run
            if on_done:
                on_done(run)
    return runs


def run_variants(jobs: list[Job], workers: int = 1) -> dict[str, Run]:
    """Run the instructor's variants of one lab ``workers`` batches at a time (see :func:`sandbox.run_variants`).

    Each batch runs the setup once and forks per variant. A variant whose batch process died is run
    again alone through :func:`run_jobs` (and so retried as any job is), so a crash in one variant cannot hide
    another's result.
    """
    batches = [jobs[start :: max(1, workers)] for start in range(max(1, workers))]
    runs: dict[str, Run] = {}
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        for batch_runs in pool.map(sandbox.run_variants, [b for b in batches if b]):
            runs.update((run.key, run) for run in batch_runs)
    by_key = {job.key: job for job in jobs}
    again = [by_key[key] for key, run in runs.items() if run.ending is Ending.RUNNER_FAILED]
    return runs | run_jobs(again, workers=workers)


def judge_run(expected: judge.Expected, run: Run, prepared: prepare.Prepared, lab: LabNotebooks) -> Graded:
    judgement = judge.judgement_of(expected, run, prepared.student_code, lab.setup_code())
    judgement.notes = [str(note) for note in prepared.notes] + judgement.notes
    return Graded(run.key, judgement, run, prepared)


def reason(graded: Graded) -> str:
    """One line for the TA and the export: why points were lost, the first crash first, then integrity notes."""
    crashes = [
        f"a cell of yours raised {c['error'].get('ename')}: {str(c['error'].get('evalue', ''))[:100]}"
        for job_cell, c in zip(graded.prepared.run, graded.run.cells, strict=True)
        if job_cell.get("tag") in ("student", cells.SETUP_ID)
        and c.get("error")
        and c["error"].get("ename") != compare.NOT_ATTEMPTED
    ]
    not_attempted, failed = [], []
    for gid, cell in graded.judgement.cells.items():
        lost = [c for c in cell.checks if not c.passed]
        if lost and all(c.kind == compare.VerdictKind.NOT_ATTEMPTED for c in lost):
            not_attempted.append(gid)
        elif lost:
            failed.append(gid)
    parts = crashes[:1]
    if not_attempted:
        parts.append(f"not attempted (NotImplementedError): {', '.join(not_attempted)}")
    if failed:
        parts.append(f"failed checks in: {', '.join(failed)}")
    return "; ".join(parts + graded.judgement.notes)
