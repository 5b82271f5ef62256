"""The plain data of a grading run: what a job asks for (:class:`Job`, :class:`Limits`) and what comes back
(:class:`Run`, :class:`Ending`).

The sandbox runs jobs, the judge scores runs and the Dask cluster ships both between machines; all three
import this module, and none of them needs another to name the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


@dataclass(frozen=True)
class Limits:
    """What one submission may use. Times in seconds, sizes in bytes."""

    cell_seconds: float = 60.0
    notebook_seconds: float = 300.0
    memory_bytes: int = 4 * 2**30
    disk_bytes: int = 512 * 2**20
    file_bytes: int = 256 * 2**20
    processes: int = 64
    cell_output_chars: int = 20_000
    total_output_chars: int = 200_000


DEFAULT_LIMITS = Limits()  # the one place for the defaults: a new course's configuration, the CLI, the grader


@dataclass
class Job:
    """One notebook run: ``cells`` are ``{"source": ..., "tag": ...}`` in the order to run them."""

    key: str
    cells: list[dict[str, str]]
    python_path: str
    limits: Limits = field(default_factory=Limits)
    extra_env: dict[str, str] = field(default_factory=dict)
    sandboxed: bool = True  # False only for the instructor's solution, which reads the full repository


class Ending(str, Enum):
    """How a run's process ended. Its values are what the runner writes for the variants it forks."""

    FINISHED = "finished"
    TIME_LIMIT = "time limit"
    CRASHED = "crashed"  # a non-zero exit: the detail gives the code
    RUNNER_FAILED = "runner failed"  # our side (the process could not start, a worker died): worth running again


@dataclass
class Run:
    """What came back from a job: each cell's status, the raw records, and how the process ended."""

    key: str
    cells: list[dict[str, Any]]
    records: list[dict[str, Any]]
    ending: Ending
    seconds: float
    stderr_tail: str = ""
    detail: str = ""  # the exit code of a crash, or why the runner failed

    @property
    def ended(self) -> str:
        """How the run ended, in words for a TA: "finished", "time limit", "crashed (exit code 3)"..."""
        if self.ending is Ending.CRASHED:
            return f"crashed ({self.detail})"
        if self.ending is Ending.RUNNER_FAILED:
            return f"runner failed: {self.detail}"
        return self.ending.value
