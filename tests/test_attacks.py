"""The attack suite: crafted submissions graded in one batch with honest ones, and some of them twice.

Every attack carries the same wrong answers (``WRONG``), so whatever it scores beyond what those answers
earn alone would be stolen. Asserted for the batch:

* no attack scores above the wrong answers' own score, and every file gets a recorded outcome;
* honest submissions keep full marks and their files stay byte for byte as submitted;
* no process is left, no file appears outside the course folder, no connection reaches the machine;
* secrets (hidden tests, the answer key) appear in no feedback;
* grading a representative subset again gives identical results.

Memory, disk and process bombs are bounded in the attack code itself as well as by the sandbox, so
that the test cannot hurt the machine even where the sandbox is weaker.
"""

from __future__ import annotations

import csv
import hashlib
import json
import socket
import subprocess
import threading
import time
from pathlib import Path

import nbformat
import pytest
from lab_points import LAB00_AUTO_CSV
from wrong_answers import WRONG

from autograder import audit, cells, sandbox
from autograder.course import Course
from autograder.release import REPO_ROOT

pytestmark = pytest.mark.slow
LAB = "lab00"
MARK = "mcl-attack-marker"


def attack_code(course: Path, port: int, outside: Path) -> dict[str, str]:
    """Code that runs first in the student's ``prune_model`` cell, one attack each."""
    secret_files = [
        course / "source" / LAB / "lab00.ipynb",
        course / "gradebook.db",
        course / "grading" / LAB / "answer_key.json",
        REPO_ROOT / "solutions" / LAB / "lab00.ipynb",
    ]
    classmate = course / "submitted" / "honest-a" / LAB / "lab00.ipynb"
    return {
        "patches-torch": "import torch\ntorch.allclose = lambda *a, **k: True\ntorch.equal = lambda *a, **k: True\n",
        "patches-numpy-math": "import math, numpy\nnumpy.testing.assert_allclose = lambda *a, **k: None\n"
        "numpy.array_equal = lambda *a, **k: True\nmath.isclose = lambda *a, **k: True\n",
        "no-op-helpers": "import utils.grading.checks as C\nfor _n in ('check_tensor', 'check_scalar', 'check_equal', "
        "'check_raises', 'check_own_code'):\n    setattr(C, _n, lambda *a, **k: None)\n"
        "    globals()[_n] = lambda *a, **k: None\n",
        "input-transformer": "def _drop(lines):\n    return [l for l in lines if 'check_' not in l]\n"
        "get_ipython().input_transformers_cleanup.append(_drop)\n",
        "ast-transformer": "import ast\nclass _Gut(ast.NodeTransformer):\n    def visit_Call(self, node):\n"
        "        return ast.Constant(None) if getattr(node.func, 'id', '').startswith('check_') else node\n"
        "get_ipython().ast_transformers.append(_Gut())\n",
        "equals-everything": "class _Any:\n    def __eq__(self, other):\n        return True\n"
        "    def __ne__(self, other):\n        return False\nmagnitude_mask = lambda *a, **k: _Any()\n",
        "calls-reference": "from utils.pruning import magnitude_mask as _ref\n"
        "magnitude_mask = lambda w, s: _ref(w, s)\n",
        "forges-records": "import json, os\nwith open(os.environ['MCL_RECORDS'], 'a') as _f:\n"
        "    for _i in ('magnitude_mask/large_ties', 'magnitude_mask/invalid', 'cubic_sparsity/sweep'):\n"
        "        _f.write(json.dumps({'id': _i, 'value': {'t': 'int', 'v': '0'}, 'verdict': True}) + '\\n')\n",
        "reads-secrets": "".join(
            f"try:\n    print(open({str(p)!r}, errors='replace').read()[:20000])\n"
            "except Exception as e:\n    print(type(e).__name__)\n"
            for p in secret_files
        ),
        "overwrites-classmate": f"try:\n    open({str(classmate)!r}, 'w').write('{{}}')\nexcept Exception:\n    pass\n",
        "detached-process": "import subprocess, sys\n"
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(4); "
        f'open({str(outside / "detached")!r}, "w").write("{MARK}")\'], start_new_session=True)\n',
        "double-fork": "import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n"
        f"        time.sleep(4)\n        open({str(outside / 'daemon')!r}, 'w').write('{MARK}')\n    os._exit(0)\n",
        "opens-socket": f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2)\n"
        "except OSError as e:\n    print(e)\n",
        "writes-outside": f"for _p in ({str(outside / 'written')!r}, '/tmp/{MARK}', {str(course.parent / MARK)!r}):\n"
        "    try:\n        open(_p, 'w').write('x')\n    except OSError:\n        pass\n",
        "writes-into-edition": f"try:\n    open({str(course / 'edition' / 'utils' / 'grading' / 'compare.py')!r}, 'a')"
        ".write('\\nPASS = None')\nexcept OSError:\n    pass\n",
        "memory-hog": "try:\n    _hog = bytearray(8 * 2**30)\nexcept MemoryError:\n    print('memory limit')\n",
        "output-flood": "print('x' * 100_000_000)\n",
        "big-file": "try:\n    with open('big.bin', 'wb') as _f:\n        for _ in range(1024):\n"
        "            _f.write(b'0' * 2**20)\nexcept OSError as e:\n    print(e)\n",
        "fork-bomb": "import os, time\n_kids = 0\ntry:\n    for _ in range(2000):\n        if os.fork() == 0:\n"
        "            time.sleep(30)\n            os._exit(0)\n        _kids += 1\n"
        "except OSError:\n    print('capped at', _kids)\n",
        "sys-exit": "import sys\nsys.exit(1)\n",
        "os-exit": "import os\nos._exit(1)\n",
        "kills-itself": "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n",
        "kills-parent": "import os, signal\ntry:\n    os.kill(os.getppid(), signal.SIGKILL)\n"
        "except OSError:\n    pass\n",
        "ignores-interrupts": "import signal\nsignal.signal(signal.SIGALRM, signal.SIG_IGN)\n"
        "signal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass\n",
    }


def _wrong(course: Course) -> nbformat.NotebookNode:
    nb = audit.solved_notebook(course.lab_notebooks(LAB))
    for function, source in WRONG.items():
        nb = audit.with_answer(nb, function, source)
    return nb


def _with_code(nb: nbformat.NotebookNode, code: str) -> nbformat.NotebookNode:
    return audit.with_answer(nb, "prune_model", code + WRONG["prune_model"])


def write_batch(course: Course, incoming: Path, attacks: dict[str, str]) -> None:
    solved = audit.solved_notebook(course.lab_notebooks(LAB))
    nbformat.write(solved, incoming / "honest-a.ipynb")
    nbformat.write(solved, incoming / "honest-b.ipynb")
    nbformat.write(_wrong(course), incoming / "wrong.ipynb")
    for name, code in attacks.items():
        nbformat.write(_with_code(_wrong(course), code), incoming / f"{name}.ipynb")
    slow = _wrong(course)
    slow.cells += [nbformat.v4.new_code_cell("import time\ntime.sleep(58)") for _ in range(3)]
    nbformat.write(slow, incoming / "slow-cells.ipynb")
    structural = {
        "edits-points": lambda c: c.metadata["nbgrader"].update(points=100) if cells.is_test(c) else None,
        "renames-grade-ids": lambda c: (
            c.metadata["nbgrader"].update(grade_id=c.metadata["nbgrader"]["grade_id"] + "_x")
            if cells.is_test(c)
            else None
        ),
        "test-to-markdown": lambda c: setattr(c, "cell_type", "markdown") if cells.is_test(c) else None,
        "empties-tests": lambda c: setattr(c, "source", "") if cells.is_test(c) else None,
    }
    for name, edit in structural.items():
        nb = _wrong(course)
        for cell in nb.cells:
            edit(cell)
        nbformat.write(nb, incoming / f"{name}.ipynb")
    kernel = _wrong(course)
    kernel.metadata["kernelspec"] = {"name": "ir", "display_name": "R", "language": "R"}
    nbformat.write(kernel, incoming / "wrong-kernel.ipynb")
    other = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print('lab 3')")])
    nbformat.write(other, incoming / "other-lab.ipynb")
    nbformat.write(_wrong(course), incoming / "lab00 (1).IPYNB")
    (incoming / "invalid-json.ipynb").write_text('{"cells": [')
    (incoming / "not-utf8.ipynb").write_bytes(b'{"cells": "\xff\xfe\xfa"}')
    (incoming / "empty.ipynb").write_text("")
    (incoming / "report.pdf").write_bytes(b"%PDF-1.4")
    huge = _wrong(course)
    huge.cells[0].outputs = (
        [nbformat.v4.new_output("stream", text="y" * 35 * 2**20)] if huge.cells[0].cell_type == "code" else []
    )
    huge.cells.append(nbformat.v4.new_code_cell("", outputs=[nbformat.v4.new_output("stream", text="y" * 35 * 2**20)]))
    nbformat.write(huge, incoming / "huge.ipynb")


class _Listener:
    """A TCP server on this machine's loopback that counts the connections an attack makes to it."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port, self.connections, self.running = self.server.getsockname()[1], 0, True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.running:
            try:
                connection, _ = self.server.accept()
                self.connections += 1
                connection.close()
            except OSError:
                continue

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.server.close()


def _rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open() as handle:
        return {row["student_id"]: row for row in csv.DictReader(handle)}


# Graded a second time: one of each outcome the batch produces (full marks, wrong answers, forged records, a
# crash, a time limit, flags), so that CI pays for the determinism check once, not for every attack twice.
AGAIN = ["honest-a", "wrong", "forges-records", "kills-itself", "slow-cells", "edits-points", "patches-torch"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_attacks_earn_nothing_and_harm_no_one(tmp_path):
    if sandbox.isolation() is not sandbox.Isolation.BUBBLEWRAP:
        pytest.skip("the attack suite needs bubblewrap; the fallback level is documented in the README")
    course = Course.create(tmp_path / "course", cell_timeout=20, notebook_timeout=45, memory_gib=1.5)
    course.release(LAB)
    outside = tmp_path / "outside"
    outside.mkdir()
    listener = _Listener()
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    attacks = attack_code(course.root, listener.port, outside)
    write_batch(course, incoming, attacks)
    try:
        course.collect(LAB, incoming)
        honest = {s: _digest(course.root / "submitted" / s / LAB / "lab00.ipynb") for s in ("honest-a", "honest-b")}
        course.autograde(LAB, workers=2, log=lambda line: None)
        first = _rows(course.export(LAB))
        course.autograde(LAB, students=AGAIN, workers=2, log=lambda line: None)
        second = _rows(course.export(LAB))
        time.sleep(5)  # a detached process would act now
    finally:
        listener.close()

    set_aside = {item.source for item in course.set_aside(LAB)}
    assert len(first) + len(set_aside) == len(list(incoming.iterdir())), "every file gets a row or is set aside"
    assert all(not student.startswith("honest") for student in set_aside)
    assert first == second, "grading again gives identical results"
    baseline = float(first["wrong"]["auto_score"])
    for student, row in first.items():
        if not student.startswith("honest"):
            assert float(row["auto_score"]) <= baseline, f"{student} scored {row['auto_score']} > {baseline}"
    for student, digest in honest.items():
        assert first[student]["auto_score"] == LAB00_AUTO_CSV, student
        assert _digest(course.root / "submitted" / student / LAB / "lab00.ipynb") == digest
    assert listener.connections == 0, "an attack reached the machine's network"
    assert not list(outside.iterdir()) and not Path(f"/tmp/{MARK}").exists()
    assert not (course.root.parent / MARK).exists()
    left = subprocess.run(["pgrep", "-f", MARK], capture_output=True, text=True).stdout.strip()
    assert not left, f"processes left: {left}"
    assert "PASS = None" not in (course.root / "edition" / "utils" / "grading" / "compare.py").read_text()
    key = json.loads((course.root / "grading" / LAB / "answer_key.json").read_text())
    hidden_lines = {
        line.strip()
        for c in course.lab_notebooks(LAB).source.cells
        if cells.is_test(c)
        for region, line in cells.regions(c.source)
        if region == "hidden" and len(line.strip()) > 25
    }
    secret_data = {
        record["value"].get("data")
        for record in key["checks"].values()
        if isinstance(record.get("value"), dict) and len(str(record["value"].get("data", ""))) > 40
    }
    for page in (course.root / "feedback").rglob("*.html"):
        text = page.read_text()
        assert not any(line in text for line in hidden_lines), f"hidden test source in {page}"
        assert not any(data in text for data in secret_data), f"answer key in {page}"
        assert page.stat().st_size < 3 * 2**20, f"{page} is {page.stat().st_size} bytes"
    reasons = {student: row["reason"] for student, row in first.items()}
    assert "time limit" in reasons["ignores-interrupts"] or "ended early" in reasons["ignores-interrupts"]
    assert "edited nbgrader metadata" in reasons["edits-points"]
    assert "patches names the tests use" in reasons["patches-torch"]
    assert "MiB" in reasons["huge"]
    assert "not a notebook (.pdf)" in {item.source: item.reason for item in course.set_aside(LAB)}["report.pdf"]
    assert first["lab00__1_"]["status"] == "graded", "an upper-case .IPYNB copy is still a notebook"
