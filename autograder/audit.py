"""``python -m autograder audit LAB``: grade every declared mistake and alternative through the real grading path.

A lab declares, under ``solutions/<lab>/``, one file per variant of one graded function's answer cell:

* ``mistakes/<function>/<name>.py``: a plausible wrong implementation. Its header says what it gets
  wrong and which words the failure message must contain::

      # mistake: uses int() (truncation) instead of round()
      # expect: int()

* ``alternatives/<function>/<name>.py``: another correct implementation (header ``# alternative: ...``).

The audit adds one alternative of its own per graded function, ``draws_global_rng``: the solution, wrapped so
that it draws once from torch's, numpy's and ``random``'s global generators before it returns. A correct answer
may build a module or draw random numbers, so a check whose later inputs come from a global generator would fail
it: this variant proves that every check makes its inputs from its own generator. A function whose specification
promises to leave the global generators alone (Lab 8's ``random_reinit``) is listed, with the reason, in
``solutions/<lab>/keeps_global_rng.txt`` (``name  # why``, one per line) and gets no such variant.

Each variant is the solution notebook with that one answer cell replaced. The solution is graded like a
real submission, in a sandbox of its own on the student edition. The variants run there too, in
batches that run the setup cells once and fork per variant (a variant costs its answers and tests,
not a Python start and the imports), and all are judged like real submissions.
A mistake is *caught* when its function's test cell loses points and some failed check's message
contains its ``expect`` words; an alternative must get full marks. Any escape or false fail is an error.
"""

from __future__ import annotations

import ast
import copy
import re
import tempfile
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder import cells, edition, grader
from autograder.jobs import Limits
from autograder.release import LABS, REPO_ROOT, SOLUTIONS

HEADER = re.compile(r"^#\s*(mistake|alternative|expect|wrong on):\s*(.*)$")


@dataclass
class Variant:
    kind: str  # "mistake", "alternative" or "solution"
    function: str
    name: str
    source: str
    description: str = ""
    expect: str = ""
    automatic: bool = False  # added by the audit itself, not declared by the lab


@dataclass
class Outcome:
    variant: Variant
    score: float
    max_score: float
    lost_in_cell: float
    failed: list[tuple[str, bool, str]]  # (check id, hidden, message) in the function's test cell
    messages: str
    run_ended: str

    @property
    def caught(self) -> bool:
        return (
            self.lost_in_cell > 0 and bool(self.variant.expect) and self.variant.expect.lower() in self.messages.lower()
        )

    @property
    def hidden_only(self) -> bool:
        return bool(self.failed) and all(hidden for _, hidden, _ in self.failed)


@dataclass
class Report:
    lab: str
    outcomes: list[Outcome] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def escapes(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.variant.kind == "mistake" and not o.caught]

    @property
    def false_fails(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.variant.kind != "mistake" and o.score < o.max_score]

    @property
    def ok(self) -> bool:
        return not (self.escapes or self.false_fails or self.problems)


def load_variants(lab_dir: Path) -> tuple[list[Variant], list[str]]:
    """The declared variants of a lab, and problems with their files (missing headers, unknown functions)."""
    variants, problems = [], []
    for kind, folder in (("mistake", "mistakes"), ("alternative", "alternatives")):
        for path in sorted((lab_dir / folder).glob("*/*.py")):
            header = {}
            for line in path.read_text(encoding="utf-8").splitlines():
                match = HEADER.match(line.strip())
                if not match:
                    break
                header[match.group(1)] = match.group(2).strip()
            variant = Variant(
                kind,
                path.parent.name,
                path.stem,
                path.read_text(encoding="utf-8"),
                header.get(kind, ""),
                header.get("expect", ""),
            )
            if not variant.description:
                problems.append(f"{path}: the first line must be '# {kind}: <what it does>'")
            if kind == "mistake" and not variant.expect:
                problems.append(f"{path}: a mistake needs an '# expect: <words its failure message contains>' line")
            variants.append(variant)
    return variants, problems


# Appended to the solution's answer cell; {name} is the graded function. Underscored names keep clear of the cell's.
_DRAWS_GLOBAL_RNG = """

import functools as _audit_functools


def _audit_draw_before_returning(function):
    @_audit_functools.wraps(function)
    def drawing(*args, **kwargs):
        import random as _audit_random

        import numpy as _audit_numpy
        import torch as _audit_torch

        result = function(*args, **kwargs)
        _audit_torch.rand(1)
        _audit_numpy.random.rand()
        _audit_random.random()
        return result

    return drawing


{name} = _audit_draw_before_returning({name})
"""


KEEPS_GLOBAL_RNG = "keeps_global_rng.txt"


def keeps_global_rng(lab_dir: Path) -> set[str]:
    """The graded functions whose specification promises to leave the global random state unchanged."""
    path = lab_dir / KEEPS_GLOBAL_RNG
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return {line.split("#")[0].strip() for line in lines if line.split("#")[0].strip()}


def rng_drawing_alternatives(lab: grader.LabNotebooks, exempt: set[str]) -> list[Variant]:
    """For each graded *function* (not a class, not ``exempt``), the solution plus one draw from every global RNG."""
    variants = []
    for cell in lab.source.cells:
        function = cells.grade_id(cell)
        if not cells.is_answer(cell) or function in exempt:
            continue
        source = cells.without_markers(cell.source)
        defined = {node.name for node in ast.parse(source).body if isinstance(node, ast.FunctionDef)}
        if function in defined:
            variants.append(
                Variant(
                    "alternative",
                    function,
                    "draws_global_rng",
                    source + _DRAWS_GLOBAL_RNG.format(name=function),
                    "the solution, drawing from the global torch, numpy and random generators before it returns",
                    automatic=True,
                )
            )
    return variants


def solved_notebook(lab: grader.LabNotebooks) -> nbformat.NotebookNode:
    """The release with every answer cell, code and written, holding the solution: what a perfect student submits."""
    answers = {
        cells.grade_id(c): cells.without_markers(c.source)
        for c in lab.source.cells
        if cells.is_answer(c) or cells.is_manual(c)
    }
    solved = copy.deepcopy(lab.release)
    for cell in solved.cells:
        if cells.grade_id(cell) in answers and (cells.is_answer(cell) or cells.is_manual(cell)):
            cell.source = answers[cells.grade_id(cell)]
    return solved


def with_answer(notebook: nbformat.NotebookNode, function: str, source: str) -> nbformat.NotebookNode:
    """A copy of ``notebook`` whose answer cell ``function`` holds ``source``."""
    edited = copy.deepcopy(notebook)
    targets = [c for c in edited.cells if cells.is_answer(c) and cells.grade_id(c) == function]
    if not targets:
        raise ValueError(f"no answer cell {function!r}")
    targets[0].source = source
    return edited


def audit(
    lab_name: str,
    root: Path = REPO_ROOT,
    workers: int = 2,
    log: Callable[[str], None] = print,
    functions: Collection[str] = (),
) -> Report:
    """Grade the solution and every declared variant of ``lab_name`` in one batch; return the report.

    ``functions``, when given, keeps only the variants of those graded functions: a quick audit while a test cell
    is being written. CI always audits every function.
    """
    lab = grader.LabNotebooks.load(root / SOLUTIONS / lab_name, root / LABS / lab_name)
    variants, problems = load_variants(root / SOLUTIONS / lab_name)
    answer_ids = {cells.grade_id(c) for c in lab.source.cells if cells.is_answer(c)}
    problems += [
        f"{v.kind} {v.function}/{v.name}: no graded function {v.function!r}"
        for v in variants
        if v.function not in answer_ids
    ]
    exempt = keeps_global_rng(root / SOLUTIONS / lab_name)
    variants = [v for v in variants if v.function in answer_ids] + rng_drawing_alternatives(lab, exempt)
    unknown = set(functions) - answer_ids
    if unknown:
        raise ValueError(f"{lab_name} has no graded function {', '.join(sorted(unknown))}")
    if functions:
        variants = [v for v in variants if v.function in functions]
    report = Report(lab_name, problems=problems)
    log(f"{lab_name}: recording the solution's answers")
    key = grader.answer_key(lab)
    solved = solved_notebook(lab)
    everything = [Variant("solution", "", "solution", "")] + variants
    limits = Limits(cell_seconds=60, notebook_seconds=180)
    with tempfile.TemporaryDirectory(prefix="mcl-audit-") as scratch:
        student_edition = edition.build(Path(scratch) / "edition", root)
        jobs, prepared = [], {}
        for index, variant in enumerate(everything):
            notebook = solved if variant.kind == "solution" else with_answer(solved, variant.function, variant.source)
            job, prep = grader.submission_job(f"v{index}", notebook, lab, student_edition, limits)
            jobs.append(job)
            prepared[job.key] = prep
        log(f"{lab_name}: grading {len(jobs)} notebooks ({len(variants)} variants and the solution), {workers} at once")
        runs = grader.run_jobs(jobs[:1]) | grader.run_variants(jobs[1:], workers=workers)
    for index, variant in enumerate(everything):
        graded = grader.judge_run(key, runs[f"v{index}"], prepared[f"v{index}"], lab)
        report.outcomes.append(_outcome(variant, graded, key.max_score))
    return report


def _outcome(variant: Variant, graded: grader.Graded, max_score: float) -> Outcome:
    judgement = graded.judgement
    cell = judgement.cells.get(f"test_{variant.function}")
    failed = [(c.id, c.hidden, c.message) for c in cell.checks if not c.passed] if cell else []
    messages = "\n".join(c.message for s in judgement.cells.values() for c in s.checks if not c.passed)
    lost = cell.points - cell.score if cell else 0.0
    return Outcome(variant, judgement.score, max_score, lost, failed, messages, graded.run.ended)


def format_report(report: Report) -> str:
    """The audit as text: one row per graded function, then every escape and false fail with its evidence."""
    lines = [
        f"audit of {report.lab}",
        "",
        f"{'function':<24} {'mistakes':>8} {'caught':>6} {'visible':>7} "
        f"{'hidden only':>11} {'alternatives':>12} {'false fails':>11}",
        "-" * 86,
    ]
    functions = sorted({o.variant.function for o in report.outcomes if o.variant.function})
    for function in functions:
        mine = [o for o in report.outcomes if o.variant.function == function]
        mistakes = [o for o in mine if o.variant.kind == "mistake"]
        caught = [o for o in mistakes if o.caught]
        hidden = [o for o in caught if o.hidden_only]
        alternatives = [o for o in mine if o.variant.kind == "alternative"]
        false = [o for o in alternatives if o.score < o.max_score]
        lines.append(
            f"{function:<24} {len(mistakes):>8} {len(caught):>6} {len(caught) - len(hidden):>7} "
            f"{len(hidden):>11} {len(alternatives):>12} {len(false):>11}"
        )
    solution = next((o for o in report.outcomes if o.variant.kind == "solution"), None)
    if solution:
        lines += ["", f"solution: {solution.score:g}/{solution.max_score:g}"]
    hidden_only = [o for o in report.outcomes if o.variant.kind == "mistake" and o.caught and o.hidden_only]
    if hidden_only:
        lines += ["", "caught only by hidden checks:"]
        lines += [
            f"  {o.variant.function}/{o.variant.name}: {o.variant.description} [{', '.join(f[0] for f in o.failed)}]"
            for o in hidden_only
        ]
    for o in report.escapes:
        why = "loses no points" if o.lost_in_cell <= 0 else f"its messages never say {o.variant.expect!r}"
        lines.append(
            f"ESCAPE {o.variant.function}/{o.variant.name} ({o.variant.description}): {why}; "
            f"score {o.score:g}/{o.max_score:g}, run {o.run_ended}"
        )
        lines += [f"    {cid}: {message.splitlines()[0][:150]}" for cid, _, message in o.failed[:3]]
    for o in report.false_fails:
        lines.append(f"FALSE FAIL {o.variant.kind} {o.variant.function}/{o.variant.name}: {o.score:g}/{o.max_score:g}")
        lines += [f"    {message.splitlines()[0][:200]}" for message in o.messages.splitlines()[:3] if message]
    lines += [f"PROBLEM {problem}" for problem in report.problems]
    total = [o for o in report.outcomes if o.variant.kind == "mistake"]
    lines += [
        "",
        f"{len(total) - len(report.escapes)}/{len(total)} mistakes caught, {len(report.escapes)} escape(s), "
        f"{len(report.false_fails)} false fail(s)",
    ]
    return "\n".join(lines)
