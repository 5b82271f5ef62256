"""The judge: scores a submission from its records, in a process that never ran student code.

The expected side comes from the instructor's solution, run once per release (:func:`expected_from_run`):
for every check, its specification (kind, name, tolerances, hint, the answers of named mistakes), the
solution's answer, which test cell it belongs to and whether it is hidden. The judge compares the
student's record of each check with it (:mod:`utils.grading.compare`), shares each test cell's points
equally among its checks, and notes what a TA should look at.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from autograder import cells
from autograder.jobs import Ending, Run
from utils.grading import compare, own_code
from utils.grading.cell_source import parse_code, without_magics

HIDDEN_SUFFIX = "/hidden"
# Names the test cells rely on; a student cell that rebinds one, or patches a module attribute, is flagged. The
# names that a lab's setup cell imports are guarded too (see rebinding_notes).
GUARDED_NAMES = {
    "check_tensor",
    "check_scalar",
    "check_equal",
    "check_raises",
    "check_own_code",
    "attempt",
    "get_ipython",
}


class ExpectedError(RuntimeError):
    """The solution's own run does not make a usable answer key (a lab bug for the instructor to fix)."""


@dataclass
class Expected:
    """The answer key of one lab: per test cell its points and check ids; per check its solution record."""

    lab: str
    cells: dict[str, dict[str, Any]]
    checks: dict[str, dict[str, Any]]

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Expected:
        return cls(**json.loads(path.read_text(encoding="utf-8")))

    @property
    def max_score(self) -> float:
        return sum(cell["points"] for cell in self.cells.values())


@dataclass
class CheckResult:
    """One check's verdict: ``kind`` is a :class:`utils.grading.compare.VerdictKind` value and ``mistake`` the
    declared mistake the answer equals; code reads these, never ``message``, which is for the student."""

    id: str
    passed: bool
    hidden: bool
    message: str = ""
    kind: str = ""
    mistake: str = ""


@dataclass
class CellScore:
    grade_id: str
    points: float
    score: float
    checks: list[CheckResult]


@dataclass
class Judgement:
    """A submission's scores per test cell, plus integrity notes."""

    cells: dict[str, CellScore]
    notes: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        return sum(cell.score for cell in self.cells.values())

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Judgement:
        return cls.from_json(path.read_text(encoding="utf-8"))

    @classmethod
    def from_json(cls, text: str) -> Judgement:
        data = json.loads(text)
        scores = {
            gid: CellScore(**{**cell, "checks": [CheckResult(**c) for c in cell["checks"]]})
            for gid, cell in data["cells"].items()
        }
        return cls(scores, data.get("notes", []))


def expected_from_run(lab: str, source_test_points: dict[str, float], run: Run) -> Expected:
    """Build the answer key from the solution's run; raise :class:`ExpectedError` if the solution fails itself."""
    problems = [
        f"cell {c.get('tag', i)} raised {c['error'].get('ename')}: {c['error'].get('evalue')}"
        for i, c in enumerate(run.cells)
        if c.get("error")
    ]
    if run.ending is not Ending.FINISHED:
        problems.append(f"the solution run {run.ended}: {run.stderr_tail[-500:]}")
    checks: dict[str, dict[str, Any]] = {}
    cell_checks: dict[str, list[str]] = {gid: [] for gid in source_test_points}
    for record in run.records:
        tag = str(record.get("cell") or "")
        gid, hidden = tag.removesuffix(HIDDEN_SUFFIX), tag.endswith(HIDDEN_SUFFIX)
        check_id = record["id"]
        if gid not in cell_checks:
            problems.append(f"check {check_id} is outside the test cells (in {tag or 'an unknown cell'})")
        elif check_id in checks:
            problems.append(f"check id {check_id} is used twice; ids must be unique in the lab")
        elif record.get("verdict") is False:
            problems.append(f"the solution fails its own visible check {check_id}")
        elif "error" in record and record.get("spec", {}).get("kind") != "raises":
            problems.append(
                f"check {check_id}: the solution raised {record['error'].get('type')}: {record['error'].get('message')}"
            )
        else:
            checks[check_id] = {**record, "hidden": hidden, "cell": gid}
            cell_checks[gid].append(check_id)
    problems += [f"test cell {gid} has no checks" for gid, ids in cell_checks.items() if not ids]
    if problems:
        raise ExpectedError(f"the solution of {lab} does not make an answer key:\n- " + "\n- ".join(problems))
    cells_ = {gid: {"points": source_test_points[gid], "checks": ids} for gid, ids in cell_checks.items()}
    return Expected(lab, cells_, checks)


def judgement_of(expected: Expected, run: Run, student_code: list[str], setup_code: list[str]) -> Judgement:
    """Score ``run`` against ``expected``; ``student_code`` is the submitted source, for own-code checks and notes."""
    actual: dict[str, dict[str, Any]] = {}
    for record in run.records:
        actual.setdefault(record["id"], record)  # the first record of an id counts; later ones cannot override it
    disagreements = []
    scores = {}
    for gid, cell in expected.cells.items():
        results = []
        for check_id in cell["checks"]:
            want = expected.checks[check_id]
            verdict = _verdict(want, actual.get(check_id, {}), setup_code + student_code)
            results.append(
                CheckResult(
                    check_id, verdict.passed, want["hidden"], verdict.message, verdict.kind.value, verdict.mistake
                )
            )
            kernel_said = actual.get(check_id, {}).get("verdict")
            if isinstance(kernel_said, bool) and kernel_said != verdict.passed:
                disagreements.append(check_id)
        passed = sum(r.passed for r in results)
        scores[gid] = CellScore(gid, cell["points"], round(cell["points"] * passed / len(results), 4), results)
    notes = run_notes(run)
    off_limits = [c.id for s in scores.values() for c in s.checks if c.kind == compare.VerdictKind.OFF_LIMITS]
    if off_limits:
        notes.append(f"calls an off-limits routine: {', '.join(off_limits)}")
    if disagreements:
        notes.append(f"the notebook's own verdicts disagree with the judge's on {', '.join(disagreements[:5])}")
    notes += rebinding_notes(student_code, setup_code)
    return Judgement(scores, notes)


def _verdict(want: dict[str, Any], got: dict[str, Any], code: list[str]) -> compare.Verdict:
    spec = want.get("spec", {})
    if spec.get("kind") == "own_code":
        if not got:  # the check never ran: the function was not even defined
            return compare.judge(spec, want, got)
        function = spec["function"]
        used = own_code.forbidden_uses(function, code, spec.get("forbidden", []))
        return own_code.verdict(function, own_code.is_written(function, code), used, spec.get("hint"))
    return compare.judge(spec, want, got)


def run_notes(run: Run) -> list[str]:
    """Limits that the run hit, and how it ended, in words."""
    notes = []
    if run.ending is not Ending.FINISHED:
        notes.append(f"the grading run ended early: {run.ended}")
    timeouts = [str(c.get("tag", i)) for i, c in enumerate(run.cells) if c.get("status") in ("timeout", "skipped")]
    if timeouts:
        notes.append(f"time limit hit in {len(timeouts)} cell(s)")
    if any(c.get("capped") is True for c in run.cells):
        notes.append("output limit hit (output truncated)")
    return notes


def rebinding_notes(student_code: Iterable[str], setup_code: Iterable[str] = ()) -> list[str]:
    """Lines of student code that rebind names the tests use or patch attributes of imported modules.

    The names the tests use are :data:`GUARDED_NAMES` anywhere, and the names the lab's setup cell imports (for
    example ``prune`` for ``torch.nn.utils.prune``) where a student's cell rebinds them at its top level; inside a
    function a local variable may share a name with an import.
    """
    imported = _imported_names(setup_code)
    evidence = []
    for source in student_code:
        tree = parse_code(source)
        if tree is None:
            continue
        for statement in tree.body:
            defined = [statement.name] if isinstance(statement, ast.FunctionDef | ast.ClassDef) else []
            bound = [t.id for t in _bound_targets(statement) if isinstance(t, ast.Name)] + defined
            if set(bound) & (imported - GUARDED_NAMES):
                evidence.append(ast.get_source_segment(without_magics(source), statement) or bound[0])
        for node in ast.walk(tree):
            targets = _bound_targets(node)
            for target in targets:
                if isinstance(target, ast.Attribute) and not _is_local_attribute(target):
                    evidence.append(ast.get_source_segment(without_magics(source), node) or ast.dump(target))
                elif isinstance(target, ast.Name) and target.id in GUARDED_NAMES:
                    evidence.append(ast.get_source_segment(without_magics(source), node) or target.id)
            if isinstance(node, ast.Attribute) and node.attr in (
                "input_transformers_cleanup",
                "input_transformers_post",
                "ast_transformers",
                "register_magic_function",
            ):
                evidence.append(node.attr)
    if not evidence:
        return []
    shown = "; ".join(line.splitlines()[0][:80] for line in evidence[:3])
    return [f"code that patches names the tests use: {shown}"]


def _bound_targets(node: ast.AST) -> list[ast.expr]:
    if isinstance(node, ast.Assign):
        return list(node.targets)
    if isinstance(node, (ast.AugAssign, ast.AnnAssign)):
        return [node.target]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name in GUARDED_NAMES:
        return [ast.Name(id=node.name)]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr" and node.args:
        first = node.args[0]
        if isinstance(first, ast.Name) and first.id not in ("self", "model", "module"):
            return [ast.Attribute(value=first, attr="?")]
    return []


def _imported_names(setup_code: Iterable[str]) -> set[str]:
    """The names that the setup code's import statements bind."""
    names = set()
    for source in setup_code:
        tree = parse_code(source)
        for node in ast.walk(tree) if tree is not None else ():
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names.update((alias.asname or alias.name).split(".")[0] for alias in node.names if alias.name != "*")
    return names


def _is_local_attribute(target: ast.Attribute) -> bool:
    """``self.x = ...`` or ``mask[...]``-style targets inside student functions are ordinary code."""
    base = target.value
    while isinstance(base, (ast.Attribute, ast.Subscript)):
        base = base.value
    return not isinstance(base, ast.Name) or base.id not in _MODULE_NAMES


# Module names as the labs import them: patching one of their attributes changes what the tests compute.
_MODULE_NAMES = {
    "torch",
    "np",
    "numpy",
    "math",
    "nn",
    "F",
    "utils",
    "grading",
    "pruning",
    "metrics",
    "data",
    "plots",
    "builtins",
    "sys",
    "IPython",
    "checks",
    "compare",
    "records",
}


def test_points(source_cells: Iterable) -> dict[str, float]:
    """``{test cell grade id: points}`` of a source notebook's cells."""
    return {cells.grade_id(c): cells.points(c) for c in source_cells if cells.is_test(c)}
