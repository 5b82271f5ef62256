"""Run one submission's cells in a sandbox and bring back its records: the only place student code runs.

A *job* is plain data (the cells to run, the limits, where the student edition is; see
:mod:`autograder.jobs`) and its result is plain data too, so a job can run in a worker process or on a
Dask worker on another machine. The
runner (``runner.py``) executes the cells inside; this module builds its scratch folder, starts it
under limits, kills everything it started when it is done or out of time, and reads back what it
left. Nothing it reads is trusted: the judge decides.

Two levels of isolation (``isolation()`` picks the best this machine offers; ``MCL_SANDBOX=limits``
forces the second):

* **bubblewrap**: new user, PID, network, IPC and mount namespaces. The system, the Python install,
  the venv and the student edition are mounted read-only; the only writable places are a size-capped
  tmpfs (``work/``, the notebook's folder and home) and the folder the records go to. No network. The
  PID namespace dies with the runner, so no process outlives its submission.
* **resource limits only**: the same limits, in a new process session, but the files of the user
  running the grader are readable and the network is open.

At both levels: time per cell and per notebook, private memory (``RLIMIT_DATA``: a too-large
allocation fails in the student's code with a clear error), file size, output; processes through a
``pids`` cgroup where the grader may create one (root), else ``RLIMIT_NPROC``.
"""

from __future__ import annotations

import functools
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import warnings
from enum import Enum
from pathlib import Path
from typing import Any

from autograder import cells
from autograder.jobs import Ending, Job, Limits, Run
from utils.grading import records

RUNNER = Path(__file__).with_name("runner.py")


SANDBOX_ENV = "MCL_SANDBOX"


class Isolation(str, Enum):
    BUBBLEWRAP = "bubblewrap"
    LIMITS = "resource limits only"


@functools.cache
def isolation() -> Isolation:
    """The strongest isolation this machine allows (warns once when it is only resource limits)."""
    if os.environ.get(SANDBOX_ENV) == "limits":
        return Isolation.LIMITS
    bwrap = shutil.which("bwrap")
    if bwrap:
        probe = subprocess.run(
            [bwrap, "--unshare-all", "--unshare-user", "--die-with-parent", "--ro-bind", "/", "/", "true"],
            capture_output=True,
            timeout=30,
        )
        if probe.returncode == 0:
            return Isolation.BUBBLEWRAP
    warnings.warn(
        "bubblewrap (bwrap) is missing or user namespaces are off: grading with resource limits only. "
        "Student code can then read the grader's files and use the network; install bubblewrap "
        "(Debian/Ubuntu: apt-get install bubblewrap) for the full sandbox.",
        RuntimeWarning,
        stacklevel=2,
    )
    return Isolation.LIMITS


def run_job(job: Job) -> Run:
    """Execute ``job`` in a fresh scratch folder; never raises for anything the student's code does."""
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix=f"mcl-{_safe(job.key)}-") as scratch_name:
        scratch = Path(scratch_name)
        out = scratch / "out"
        (ending, detail), stderr = _start_runner(
            job, _runner_job(job), scratch, out / "result.json", job.limits.notebook_seconds
        )
        executed = _read_result(out / "result.json", len(job.cells))
        found = list(records.read(out / "records.jsonl"))
    return Run(job.key, executed, found, ending, time.monotonic() - start, stderr, detail)


def run_with_retry(job: Job) -> Run:
    """:func:`run_job`, once more when the run failed on our side; every runner (local, cluster, the variants'
    second chance) runs jobs through it, so a failure is retried the same way wherever it happened.

    Our side is an exception here (disk full, a race on the scratch folder) or :attr:`Ending.RUNNER_FAILED` (the
    runner could not start). A second failure is recorded as ``RUNNER_FAILED`` with the reason: one submission
    never stops the batch.
    """
    try:
        run = run_job(job)
    except Exception:
        run = None
    if run is not None and run.ending is not Ending.RUNNER_FAILED:
        return run
    try:
        return run_job(job)
    except Exception as error:
        return Run(job.key, [], [], Ending.RUNNER_FAILED, 0.0, detail=f"{type(error).__name__}: {error}")


def run_variants(jobs: list[Job]) -> list[Run]:
    """Run jobs that differ only after their setup cells in one sandbox: the setup runs once, each job in a fork.

    For the audit, whose variants are the instructor's own code: they share one sandbox and one
    process tree, so they must not be submissions. A variant costs a fork instead of a Python start
    and the setup's imports. Jobs whose result is missing (the process died) come back with
    ``ended`` starting "runner failed", for the caller to run alone.

    Raises:
        ValueError: when the jobs differ in anything but the cells after their setup.
    """
    if not jobs:
        return []
    first = jobs[0]
    shared = _shared_setup(jobs)
    if any(
        (j.python_path, j.limits, j.extra_env, j.sandboxed)
        != (first.python_path, first.limits, first.extra_env, first.sandboxed)
        for j in jobs
    ):
        raise ValueError("run_variants needs jobs with the same python_path, limits, environment and sandboxing")
    with tempfile.TemporaryDirectory(prefix=f"mcl-{_safe(first.key)}-variants-") as scratch_name:
        scratch = Path(scratch_name)
        out = scratch / "out"
        folders = [out / f"v{index}" for index in range(len(jobs))]
        spec = _runner_job(first) | {
            "cells": first.cells[:shared],
            "variants": [
                {
                    "cells": job.cells[shared:],
                    "result": str(folder / "result.json"),
                    "ended": str(folder / "ended.json"),
                    "env": {records.RECORDS_ENV: str(folder / "records.jsonl")},
                }
                for job, folder in zip(jobs, folders, strict=True)
            ],
        }
        wall = (len(jobs) + 1) * (first.limits.notebook_seconds + 5)
        process, stderr = _start_runner(first, spec, scratch, out / "setup.json", wall, folders)
        return [_variant_run(job, folder, process, stderr) for job, folder in zip(jobs, folders, strict=True)]


def _shared_setup(jobs: list[Job]) -> int:
    """How many leading cells every job shares, all of them setup cells."""
    count = 0
    for same_place in zip(*(job.cells for job in jobs), strict=False):
        if same_place[0].get("tag") != cells.SETUP_ID or any(c != same_place[0] for c in same_place):
            break
        count += 1
    return count


def _variant_run(job: Job, folder: Path, process: tuple[Ending, str], stderr: str) -> Run:
    try:
        ended = json.loads((folder / "ended.json").read_text(encoding="utf-8"))
        ending, detail, seconds = Ending(ended["ending"]), str(ended["detail"]), float(ended["seconds"])
    except (OSError, ValueError, KeyError, TypeError):
        how = process[0].value + (f" ({process[1]})" if process[1] else "")
        return Run(job.key, [], [], Ending.RUNNER_FAILED, 0.0, stderr, f"the variants' process {how}")
    found = list(records.read(folder / "records.jsonl"))
    return Run(job.key, _read_result(folder / "result.json", len(job.cells)), found, ending, seconds, stderr, detail)


def _start_runner(
    job: Job, spec: dict[str, Any], scratch: Path, result_file: Path, seconds: float, folders: list[Path] = ()
) -> tuple[tuple[Ending, str], str]:
    """Lay out ``scratch`` (runner, job file, ``work/``, ``out/``), run the runner there under ``job``'s limits."""
    for folder in (scratch / "work", scratch / "out", *folders):
        folder.mkdir()
    shutil.copy(RUNNER, scratch / "runner.py")
    job_file = scratch / "job.json"
    job_file.write_text(json.dumps(spec), encoding="utf-8")
    command = [sys.executable, "-I", str(scratch / "runner.py"), str(job_file), str(result_file)]
    if job.sandboxed and isolation() is Isolation.BUBBLEWRAP:
        command = _bubblewrap(job, scratch) + command
    environment = _environment(job, scratch, scratch / "out" / "records.jsonl")
    with _ProcessCap(job.limits.processes) as cap:
        return _execute(command, scratch, environment, job.limits, cap, seconds + 10)


def _bubblewrap(job: Job, scratch: Path) -> list[str]:
    """The bwrap command line that wraps the runner (see the module docstring for what it sees)."""
    command = [
        "bwrap",
        "--unshare-all",
        "--unshare-user",
        "--uid",
        "65534",
        "--gid",
        "65534",
        "--die-with-parent",
        "--new-session",
        "--hostname",
        "sandbox",
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--tmpfs",
        "/tmp",
        "--ro-bind",
        "/usr",
        "/usr",
    ]
    for top in ("/bin", "/sbin", "/lib", "/lib32", "/lib64"):
        if os.path.islink(top):
            command += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            command += ["--ro-bind", top, top]
    command += ["--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    readable = {sys.base_prefix, sys.prefix, *job.python_path.split(os.pathsep)}
    for path in sorted(readable):
        command += ["--ro-bind", path, path]
    command += [
        "--ro-bind",
        str(scratch / "runner.py"),
        str(scratch / "runner.py"),
        "--ro-bind",
        str(scratch / "job.json"),
        str(scratch / "job.json"),
        "--bind",
        str(scratch / "out"),
        str(scratch / "out"),
        "--size",
        str(job.limits.disk_bytes),
        "--tmpfs",
        str(scratch / "work"),
        "--chdir",
        str(scratch / "work"),
        "--",
    ]
    return command


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


def _execute(
    command: list[str], scratch: Path, env: dict[str, str], limits: Limits, cap: _ProcessCap, wall: float
) -> tuple[tuple[Ending, str], str]:
    """Run ``command`` under ``limits`` for at most ``wall`` seconds, then kill its session.

    The runner stops itself first; ``wall`` catches one that cannot.
    """
    stderr_file = scratch / "stderr.txt"
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
                preexec_fn=lambda: _apply_limits(limits, cap),
            )
        except OSError as error:
            return (Ending.RUNNER_FAILED, str(error)), ""
        try:
            code = process.wait(timeout=wall)
            ended = (Ending.FINISHED, "") if code == 0 else (Ending.CRASHED, f"exit code {code}")
        except subprocess.TimeoutExpired:
            ended = (Ending.TIME_LIMIT, "")
        finally:
            _kill_session(process.pid)
    return ended, _tail(stderr_file)


def _apply_limits(limits: Limits, cap: _ProcessCap) -> None:
    """In the child, before exec: caps that the kernel enforces on it and everything it starts."""
    cap.join()
    # RLIMIT_DATA counts the private memory a process maps (torch's tensors included) but not the
    # shared libraries, so a cap near the real need works where RLIMIT_AS would not.
    resource.setrlimit(resource.RLIMIT_DATA, (limits.memory_bytes, limits.memory_bytes))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_bytes, limits.file_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NPROC, (limits.processes, limits.processes))


class _ProcessCap:
    """A ``pids`` cgroup (v1 or v2) capping how many processes a submission may run, where we may create one.

    Root ignores ``RLIMIT_NPROC``, so a fork bomb needs the cgroup; elsewhere the rlimit does the job.
    The child joins the group before exec through a file opened here (a plain write, safe after fork).
    """

    ROOTS = (Path("/sys/fs/cgroup/pids"), Path("/sys/fs/cgroup"))

    def __init__(self, limit: int) -> None:
        self.limit, self.path, self.procs_fd = limit, None, None

    def __enter__(self) -> _ProcessCap:
        for root in self.ROOTS:
            if not (root / "pids.max").exists() and not (root / "cgroup.procs").exists():
                continue
            try:
                path = Path(tempfile.mkdtemp(prefix="mcl-", dir=root))
                (path / "pids.max").write_text(str(self.limit))
                self.path, self.procs_fd = path, os.open(path / "cgroup.procs", os.O_WRONLY)
                break
            except OSError:
                continue
        return self

    def join(self) -> None:
        if self.procs_fd is not None:
            os.write(self.procs_fd, b"0")

    def __exit__(self, *exc: object) -> None:
        if self.procs_fd is not None:
            os.close(self.procs_fd)
        if self.path is not None:
            for _ in range(50):  # the killed processes leave the group within milliseconds
                try:
                    self.path.rmdir()
                    break
                except OSError:
                    time.sleep(0.02)


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
        executed = json.loads(path.read_text(encoding="utf-8"))["cells"]
    except (OSError, ValueError, KeyError, TypeError):
        executed = []
    executed = [c if isinstance(c, dict) else {} for c in executed[:count]] if isinstance(executed, list) else []
    return executed + [{"status": "not run", "error": None, "output": ""}] * (count - len(executed))


def _tail(path: Path, limit: int = 4000) -> str:
    try:
        data = path.read_bytes()[-limit:]
    except OSError:
        return ""
    return data.decode("utf-8", errors="replace")


def _safe(key: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in key)[:40]
