"""The grading engine passes meaning as fields, never as message text that another module parses."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Text written for people: a module may write it, none may read meaning out of it.
PROSE = {"message", "ended", "reason", "output", "stderr_tail", "evalue"}


def _prose(node: ast.AST) -> str | None:
    """The prose field an expression reads (``c.message``, ``run.ended``, ``c.get("output")``), or None."""
    if isinstance(node, ast.Attribute) and node.attr in PROSE:
        return node.attr
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
        key = node.args[0] if node.args else None
        if isinstance(key, ast.Constant) and key.value in PROSE:
            return str(key.value)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str" and node.args:
        return _prose(node.args[0])
    return None


def _parses_prose(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str):
            for op, right in zip(node.ops, node.comparators, strict=True):
                if isinstance(op, (ast.In, ast.NotIn)) and (field := _prose(right)):
                    found.append(f"line {node.lineno}: {node.left.value!r} in ...{field}")
        if isinstance(node, ast.Compare) and (field := _prose(node.left)):
            if any(isinstance(c, ast.Constant) and isinstance(c.value, str) for c in node.comparators):
                found.append(f"line {node.lineno}: ...{field} compared with a string")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in ("startswith", "endswith") and (field := _prose(node.func.value)):
                found.append(f"line {node.lineno}: ...{field}.{node.func.attr}(...)")
    return found


def test_no_module_reads_meaning_out_of_another_modules_messages():
    offenders = []
    for path in sorted([*(ROOT / "autograder").glob("*.py"), *(ROOT / "utils" / "grading").glob("*.py")]):
        offenders += [f"{path.relative_to(ROOT)} {hit}" for hit in _parses_prose(ast.parse(path.read_text()))]
    assert offenders == [], "use the kind fields (VerdictKind, Ending, NoteKind) instead:\n" + "\n".join(offenders)


def test_the_scan_finds_the_patterns_it_forbids():
    code = (
        "a = 'not attempted' in c.message\n"
        "b = run.ended.startswith('runner failed')\n"
        "c = run.ended != 'finished'\n"
        "d = 'kept' in str(cell.get('output', ''))\n"
    )
    assert len(_parses_prose(ast.parse(code))) == 4


def test_the_judge_needs_neither_the_sandbox_nor_the_cluster():
    tree = ast.parse((ROOT / "autograder" / "judge.py").read_text())
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert "autograder.sandbox" not in imported and "autograder.cluster" not in imported
    assert "autograder.jobs" in imported


def test_names_the_setup_cell_imports_are_guarded_where_a_student_cell_rebinds_them():
    from autograder.judge import rebinding_notes

    setup = ["import torch.nn.utils.prune as prune\nfrom utils.grading import check_tensor\nDEVICE = 'cpu'"]
    assert rebinding_notes(["prune = None"], setup) == ["code that patches names the tests use: prune = None"]
    assert rebinding_notes(["def prune(m):\n    return m"], setup)
    assert rebinding_notes(["def check_tensor(*a):\n    pass"], setup), "a check helper is guarded anywhere"
    # A local variable may share an imported name, and setup's own variables are the student's to use.
    assert rebinding_notes(["def f(x):\n    prune = x\n    return prune", "DEVICE = 'cpu'"], setup) == []
    assert rebinding_notes(["torch.manual_seed = None"], setup), "patching a module attribute is flagged"


def test_every_runner_retries_a_failure_on_our_side_once_the_same_way(monkeypatch):
    from autograder import grader, sandbox
    from autograder.jobs import Ending, Job, Run

    calls = []

    def fails_to_start_once(job: Job) -> Run:
        calls.append(job.key)
        ending = Ending.RUNNER_FAILED if len(calls) == 1 else Ending.FINISHED
        return Run(job.key, [], [], ending, 0.0, detail="could not start")

    monkeypatch.setattr(sandbox, "run_job", fails_to_start_once)
    assert grader.run_jobs([Job("a", [], "")])["a"].ending is Ending.FINISHED and calls == ["a", "a"]

    def disk_full(job: Job) -> Run:
        raise OSError("disk full")

    monkeypatch.setattr(sandbox, "run_job", disk_full)
    run = sandbox.run_with_retry(Job("b", [], ""))
    assert run.ending is Ending.RUNNER_FAILED and run.detail == "OSError: disk full"
    tree = ast.parse((ROOT / "autograder" / "cluster.py").read_text())
    shipped = {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
    assert "run_with_retry" in shipped and "run_job" not in shipped, "a worker runs jobs as a local run does"
