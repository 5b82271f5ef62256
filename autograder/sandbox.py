"""Run one submission's cells in a sandbox and bring back its records: the only place student code runs.

A *job* is plain data (the cells to run, the limits, where the student edition is) and its result is
plain data too, so a job can run in a worker process or on a Dask worker on another machine. The
runner (``runner.py``) executes the cells inside; this module builds its scratch folder, starts it
with resource limits in a new process session, kills the whole session when it is done or out of
time, and reads back what it left. Nothing it reads is trusted: the judge decides.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from utils.grading import records

RUNNER = Path(__file__).with_name("runner.py")


@dataclass(frozen=True)
class Limits:
    """What one submission may use. Times in seconds, sizes in bytes."""

    cell_seconds: float = 60.0
    notebook_seconds: float = 300.0
    memory_bytes: int = 4 * 2**30
    file_bytes: int = 256 * 2**20
    processes: int = 256
    cell_output_chars: int = 20_000
    total_output_chars: int = 200_000


@dataclass
class Job:
    """One notebook run: ``cells`` are ``{"source": ..., "tag": ...}`` in the order to run them."""

    key: str
    cells: list[dict[str, str]]
    python_path: str
    limits: Limits = field(default_factory=Limits)
    extra_env: dict[str, str] = field(default_factory=dict)


@dataclass
class Run:
    """What came back from a job: each cell's status, the raw records, and how the process ended."""

    key: str
    cells: list[dict[str, Any]]
    records: list[dict[str, Any]]
    ended: str  # "finished", "time limit", "crashed (exit code N)" or "runner failed: ..."
    seconds: float
    stderr_tail: str = ""


def run_job(job: Job) -> Run:
    """Execute ``job`` in a fresh scratch folder; never raises for anything the student's code does."""
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"mcl-{_safe(job.key)}-") as scratch_name:
        scratch = Path(scratch_name)
        (scratch / "work").mkdir()
        shutil.copy(RUNNER, scratch / "runner.py")
        job_file = scratch / "job.json"
        job_file.write_text(json.dumps(_runner_job(job)), encoding="utf-8")
        records_file, result_file = scratch / "records.jsonl", scratch / "result.json"
        command = [sys.executable, "-I", str(scratch / "runner.py"), str(job_file), str(result_file)]
        ended, stderr = _execute(command, scratch, _environment(job, scratch, records_file), job.limits)
        cells = _read_result(result_file, len(job.cells))
        found = list(records.read(records_file))
    return Run(job.key, cells, found, ended, time.monotonic() - start, stderr)


def _runner_job(job: Job) -> dict[str, Any]:
    limits = job.limits
    return {
        "cells": job.cells,
        "python_path": job.python_path,
        "cell_timeout": limits.cell_seconds,
        "notebook_timeout": limits.notebook_seconds,
        "cell_output": limits.cell_output_chars,
        "total_output": limits.total_output_chars,
    }


def _environment(job: Job, scratch: Path, records_file: Path) -> dict[str, str]:
    keep = ("PATH", "LANG", "LC_ALL", "TZ")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env.update(
        HOME=str(scratch / "work"),
        TMPDIR=str(scratch / "work"),
        NBGRADER_EXECUTION="autograde",
        MPLBACKEND="Agg",
        OMP_NUM_THREADS="1",
        MCL_OFFLINE="1",
        **{records.RECORDS_ENV: str(records_file)},
        **job.extra_env,
    )
    return env


def _execute(command: list[str], scratch: Path, env: dict[str, str], limits: Limits) -> tuple[str, str]:
    stderr_file = scratch / "stderr.txt"
    wall = limits.notebook_seconds + 30  # the runner stops itself first; this catches one that cannot
    with stderr_file.open("wb") as stderr:
        try:
            process = subprocess.Popen(
                command,
                cwd=scratch / "work",
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                start_new_session=True,
                preexec_fn=lambda: _apply_limits(limits),
            )
        except OSError as error:
            return f"runner failed: {error}", ""
        try:
            code = process.wait(timeout=wall)
            ended = "finished" if code == 0 else f"crashed (exit code {code})"
        except subprocess.TimeoutExpired:
            ended = "time limit"
        finally:
            _kill_session(process.pid)
    return ended, _tail(stderr_file)


def _apply_limits(limits: Limits) -> None:
    """In the child, before exec: caps that the kernel enforces on it and everything it starts."""
    # RLIMIT_DATA counts the private memory a process maps (torch's tensors included) but not the
    # shared libraries, so a cap near the real need works where RLIMIT_AS would not.
    resource.setrlimit(resource.RLIMIT_DATA, (limits.memory_bytes, limits.memory_bytes))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_bytes, limits.file_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes, limits.processes))


def _kill_session(pid: int) -> None:
    """End the runner and every process it started in its session (a detached child included)."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _read_result(path: Path, count: int) -> list[dict[str, Any]]:
    try:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError, TypeError):
        cells = []
    cells = [c if isinstance(c, dict) else {} for c in cells[:count]] if isinstance(cells, list) else []
    return cells + [{"status": "not run", "error": None, "output": ""}] * (count - len(cells))


def _tail(path: Path, limit: int = 4000) -> str:
    try:
        data = path.read_bytes()[-limit:]
    except OSError:
        return ""
    return data.decode("utf-8", errors="replace")


def _safe(key: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in key)[:40]
