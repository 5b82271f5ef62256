"""Run a notebook's cells inside the grading sandbox: ``python runner.py CELLS.json RESULT.json``.

This file is copied into each submission's scratch folder and run there, under the sandbox's limits,
so it imports nothing of ours: only IPython. It executes the given code cells in order in one
IPython shell (no Jupyter kernel to start, so a submission costs one Python process), as a notebook
would: magics work, and a cell that raises does not stop the next one.

Limits it applies itself: seconds per cell (``SIGALRM``; a cell that outlives it is interrupted and
the next cell runs), seconds for the whole notebook, and characters of output kept per cell and in
total. The coordinator outside the sandbox enforces the hard limits (wall time, memory, processes,
disk) and treats everything this file writes as untrusted.

CELLS.json: ``{"cells": [{"source": ..., "tag": ...}, ...], "python_path": dirs, "cell_timeout": s,
"notebook_timeout": s, "cell_output": chars, "total_output": chars}``. RESULT.json is rewritten after each cell:
``{"cells": [{"status": "ok"|"error"|"timeout"|"skipped", "error": {...}|null, "output": text, "capped": bool}],
"finished": bool}`` (``capped``: output was cut at the limit).

With ``"variants": [{"cells": [...], "result": path, "ended": path, "env": {...}}, ...]`` (the audit's
mode, for the instructor's own code only), ``cells`` are a shared setup: they run once, then each
variant runs in a fork of that state, one after another, under its own notebook time. A variant's
RESULT holds the setup's cells and its own; ENDED says how its process ended and in how many seconds.
"""

from __future__ import annotations

import gc
import io
import json
import os
import signal
import sys
import time

from IPython.core.interactiveshell import InteractiveShell
from traitlets.config import Config


class CellTimeout(BaseException):
    """Raised in the running cell when it outlives its time; a BaseException so ``except Exception`` cannot eat it."""


class _Shell(InteractiveShell):
    def enable_gui(self, gui=None):  # no event loop here: plots render to nothing, as with the Agg backend
        pass


class _CappedText(io.TextIOBase):
    """A text stream that keeps the first ``limit`` characters and counts the rest."""

    def __init__(self, limit: int) -> None:
        self.limit, self.parts, self.kept, self.dropped = limit, [], 0, 0

    def write(self, text: str) -> int:
        text = str(text)
        room = max(self.limit - self.kept, 0)
        self.parts.append(text[:room])
        self.kept += min(len(text), room)
        self.dropped += max(len(text) - room, 0)
        return len(text)

    def value(self) -> str:
        note = f"\n[... {self.dropped} more characters of output not kept]" if self.dropped else ""
        return "".join(self.parts) + note


def _on_alarm(signum, frame):
    raise CellTimeout()


def main(cells_path: str, result_path: str) -> None:
    with open(cells_path, encoding="utf-8") as handle:
        job = json.load(handle)
    sys.path[:0] = job["python_path"].split(os.pathsep)  # the course edition first: it is what students have
    os.environ.setdefault("MPLBACKEND", "Agg")
    config = Config()
    config.HistoryManager.hist_file = ":memory:"  # nothing on disk, and nothing shared by forked variants
    shell = _Shell.instance(colors="NoColor", config=config)
    shell.display_formatter.active_types = ["text/plain"]
    signal.signal(signal.SIGALRM, _on_alarm)
    results = _run_cells(shell, job, job["cells"], [], result_path)
    if job.get("variants") and "torch" in sys.modules:
        _warm_meta_device(sys.modules["torch"])
    # The collector would otherwise touch every object of the setup in each fork, copying its pages.
    gc.freeze()
    for variant in job.get("variants", []):
        _run_variant(shell, job, results, variant)


def _run_cells(shell: InteractiveShell, job: dict, cells: list[dict], results: list[dict], result_path: str) -> list:
    """Run ``cells`` after those already in ``results``, under one notebook deadline and output budget."""
    deadline = time.monotonic() + float(job["notebook_timeout"])
    budget = int(job["total_output"]) - sum(len(r["output"]) for r in results)
    results = list(results)
    for cell in cells:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            results.append({"status": "skipped", "error": {"ename": "NotebookTimeout", "evalue": ""}, "output": ""})
            continue
        os.environ["MCL_CELL"] = str(cell.get("tag", ""))
        stream = _CappedText(min(int(job["cell_output"]), max(budget, 0)))
        results.append(_run_cell(shell, cell["source"], min(float(job["cell_timeout"]), remaining), stream))
        budget -= stream.kept
        _write(result_path, {"cells": results, "finished": False})
    _write(result_path, {"cells": results, "finished": True})
    return results


def _warm_meta_device(torch) -> None:
    """Pay once, before the forks, the 1.5 s that torch's first operation on the ``meta`` device costs (it loads
    the meta kernels); checks that test "same device as the input" on ``meta`` would otherwise pay it per variant."""
    try:
        (torch.ones(1, device="meta") * 2).round()
    except Exception:  # an old torch without the meta device: nothing to warm
        pass


def _run_variant(shell: InteractiveShell, job: dict, setup_results: list[dict], variant: dict) -> None:
    """Run one variant in a fork of the state after setup; record how its process ended."""
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            os.environ.update(variant["env"])
            _run_cells(shell, job, variant["cells"], setup_results, variant["result"])
        except BaseException:
            code = 70
        finally:
            os._exit(code)
    ending, detail = _wait(pid, float(job["notebook_timeout"]) + 5)
    _write(variant["ended"], {"ending": ending, "detail": detail, "seconds": time.monotonic() - start})


def _wait(pid: int, seconds: float) -> tuple[str, str]:
    """How the forked variant ended: the values of ``autograder.sandbox.Ending`` (this file runs on its own)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            code = os.waitstatus_to_exitcode(status)
            return ("finished", "") if code == 0 else ("crashed", f"exit code {code}")
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return "time limit", ""


def _run_cell(shell: InteractiveShell, source: str, seconds: float, stream: _CappedText) -> dict:
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = stream
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        result = shell.run_cell(source, store_history=True)
    except CellTimeout:  # raised between statements IPython does not guard
        result = None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        sys.stdout, sys.stderr = saved
    error = None if result is None else (result.error_before_exec or result.error_in_exec)
    if result is None or isinstance(error, CellTimeout):
        return {
            "status": "timeout",
            "error": {"ename": "CellTimeout", "evalue": f"{seconds:.0f} s"},
            "output": stream.value(),
            "capped": stream.dropped > 0,
        }
    if error is not None:
        return {"status": "error", "error": _describe(error), "output": stream.value(), "capped": stream.dropped > 0}
    return {"status": "ok", "error": None, "output": stream.value(), "capped": stream.dropped > 0}


def _describe(error: BaseException) -> dict:
    try:
        message = str(error)[:2000]
    except Exception:
        message = ""
    return {"ename": type(error).__name__, "evalue": message}


def _write(path: str, content: dict) -> None:
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(content, handle)
    os.replace(temporary, path)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
