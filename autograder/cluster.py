"""Grading past one machine: the same sandbox jobs, run by a Dask distributed cluster.

Each worker runs :func:`autograder.sandbox.run_with_retry`, as a local run does, and sends back plain data;
the coordinator alone judges and writes the gradebook, so SQLite sees one writer and a PostgreSQL URL works the
same. The workers need this package installed and the course folder (its student edition) at the same path,
for example on a shared file system.

A worker that dies mid-job: the scheduler gives the job to another worker (once, when the scheduler
runs with ``distributed.scheduler.allowed-failures: 1``, as the tests and the bench set it), then the
job is recorded as failed with the reason. One submission never stops the batch.
"""

from __future__ import annotations

from collections.abc import Callable

from autograder.jobs import Ending, Job, Run
from autograder.sandbox import run_with_retry


def run_on_cluster(jobs: list[Job], scheduler: str, on_done: Callable[[Run], None] | None = None) -> dict[str, Run]:
    """Run ``jobs`` on the Dask scheduler at ``scheduler`` (e.g. ``tcp://10.0.0.5:8786``); return runs by key."""
    from dask.distributed import Client, as_completed

    runs: dict[str, Run] = {}
    with Client(scheduler) as client:
        # The worker retries a failure of its runner as a local run does (run_with_retry); retries=1 runs a job
        # whose worker died once more elsewhere.
        futures = {
            client.submit(run_with_retry, job, key=f"mcl-{job.key}-{id(job)}", pure=False, retries=1): job
            for job in jobs
        }
        for future in as_completed(futures):
            job = futures[future]
            try:
                run = future.result()
            except Exception as error:  # the worker died twice, or the job could not be sent
                detail = f"worker failed: {type(error).__name__}: {error}"
                run = Run(job.key, [], [], Ending.RUNNER_FAILED, 0.0, detail=detail)
            runs[job.key] = run
            if on_done:
                on_done(run)
    return runs
