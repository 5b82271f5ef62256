"""``python -m autograder audit LAB``: grade every declared mistake and alternative through the real grading path.

A lab declares, under ``solutions/<lab>/``, one file per variant of one graded function's answer cell:

* ``mistakes/<function>/<name>.py``: a plausible wrong implementation. Its header says what it gets
  wrong and which words the failure message must contain::

      # mistake: uses int() (truncation) instead of round()
      # expect: int()

* ``alternatives/<function>/<name>.py``: another correct implementation (header ``# alternative: ...``).

A ``# wrong on: <a call and what it returns>`` line may follow: the input a check needs to catch the mistake,
which the audit shows beside an escape.

A variant that changes a few lines of a long answer cell holds only what differs, as ``<name>.edit``: the same
header, then blocks in the style of a merge conflict, each replacing lines of the solution's answer cell::

    # mistake: rounds after adding the zero-point
    # expect: rounding order
    <<<<<<< solution
        q = torch.round(x / scale) + zero_point
    =======
        q = torch.round(x / scale + zero_point)
    >>>>>>> mistake

Each ``solution`` side must occur exactly once in the solution's answer cell (the cell as a correct student
writes it: without the solution markers), or the audit reports the file as a problem: a stale edit fails loudly
when the solution changes. The variant graded is its header followed by the edited cell, so an ``.edit`` and the
whole-cell ``.py`` it replaces grade the same. ``python -m autograder audit --compact LAB`` rewrites each
whole-cell file as an ``.edit`` where that is much shorter and the edited cell equals the file's code exactly, once
its docstrings and its layout are the solution's (neither decides a grade; stale or reformatted copies would only
lengthen the blocks).

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
import difflib
import io
import re
import tempfile
import tokenize
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder import cells, edition, grader
from autograder.jobs import Limits
from autograder.release import REPO_LABS, LabSources
from utils.grading.cell_source import parse_code

HEADER = re.compile(r"^#\s*(mistake|alternative|expect|wrong on):\s*(.*)$")
EDIT_SUFFIX = ".edit"
BLOCK_START, BLOCK_MIDDLE, BLOCK_END = "<<<<<<< solution", "=======", ">>>>>>>"
# An .edit that is not much shorter mostly repeats the solution (a deleted docstring, say): the whole cell reads better.
COMPACT_AT_MOST = 2 / 3  # of the whole-cell file's characters
Edit = tuple[list[str], list[str]]  # lines of the solution's answer cell, and the lines that replace them


class VariantFileError(ValueError):
    """A variant file cannot be read or applied; the message names the file."""


@dataclass
class Variant:
    kind: str  # "mistake", "alternative" or "solution"
    function: str
    name: str
    source: str
    description: str = ""
    expect: str = ""
    automatic: bool = False  # added by the audit itself, not declared by the lab
    wrong_on: str = ""  # the input a check needs to catch the mistake, shown beside an escape


@dataclass
class VariantResult:
    """How one variant was graded: its score, and what its function's test cell said."""

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
    outcomes: list[VariantResult] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def escapes(self) -> list[VariantResult]:
        return [o for o in self.outcomes if o.variant.kind == "mistake" and not o.caught]

    @property
    def false_fails(self) -> list[VariantResult]:
        return [o for o in self.outcomes if o.variant.kind != "mistake" and o.score < o.max_score]

    @property
    def ok(self) -> bool:
        return not (self.escapes or self.false_fails or self.problems)


def load_variants(lab_dir: Path) -> tuple[list[Variant], list[str]]:
    """The declared variants of a lab, and problems with their files (missing headers, unknown functions, stale
    edits). An ``.edit`` file's source is its header and the solution's answer cell with its blocks applied."""
    answers = answer_cells(lab_dir)
    variants, problems = [], []
    for kind, folder in (("mistake", "mistakes"), ("alternative", "alternatives")):
        paths = sorted([*(lab_dir / folder).glob("*/*.py"), *(lab_dir / folder).glob(f"*/*{EDIT_SUFFIX}")])
        for path in paths:
            header, header_text, body = _split_header(path.read_text(encoding="utf-8"))
            function = path.parent.name
            source = header_text + body
            if path.suffix == EDIT_SUFFIX:
                try:
                    source = header_text + apply_edits(answers, function, parse_edits(body, path), path) + "\n"
                except VariantFileError as error:
                    problems.append(str(error))
                    continue
            variant = Variant(
                kind,
                function,
                path.stem,
                source,
                header.get(kind, ""),
                header.get("expect", ""),
                wrong_on=header.get("wrong on", ""),
            )
            if not variant.description:
                problems.append(f"{path}: the first line must be '# {kind}: <what it does>'")
            if kind == "mistake" and not variant.expect:
                problems.append(f"{path}: a mistake needs an '# expect: <words its failure message contains>' line")
            variants.append(variant)
    return variants, problems


def answer_cells(lab_dir: Path) -> dict[str, str]:
    """The solution's answer cells of the lab's source notebook, as a correct student writes them, by function."""
    notebooks = sorted(lab_dir.glob("*.ipynb"))
    if len(notebooks) != 1:
        return {}
    source = nbformat.read(notebooks[0], as_version=4)
    return {cells.grade_id(c): cells.without_markers(c.source) for c in source.cells if cells.is_answer(c)}


def _split_header(text: str) -> tuple[dict[str, str], str, str]:
    """A variant file's header fields, the header's own text, and the rest of the file."""
    lines = text.splitlines(keepends=True)
    header: dict[str, str] = {}
    for count, line in enumerate(lines):
        match = HEADER.match(line.strip())
        if not match:
            return header, "".join(lines[:count]), "".join(lines[count:])
        header[match.group(1)] = match.group(2).strip()
    return header, text, ""


def parse_edits(body: str, path: Path) -> list[Edit]:
    """The blocks of an ``.edit`` file's body; raises :class:`VariantFileError` on anything else in it."""
    edits: list[Edit] = []
    state, old, new = "outside", [], []
    for number, line in enumerate(body.splitlines(), start=1):
        if state == "outside" and line.rstrip() == BLOCK_START:
            state, old, new = "solution", [], []
        elif state == "solution" and line.rstrip() == BLOCK_MIDDLE:
            state = "variant"
        elif state == "variant" and line.startswith(BLOCK_END):
            if not old:
                raise VariantFileError(f"{path}: block {len(edits) + 1} has an empty solution side")
            edits.append((old, new))
            state = "outside"
        elif state == "solution":
            old.append(line)
        elif state == "variant":
            new.append(line)
        elif line.strip():
            raise VariantFileError(f"{path}: line {number} of its body is outside a {BLOCK_START!r} block: {line!r}")
    if state != "outside" or not edits:
        raise VariantFileError(f"{path}: needs whole blocks, {BLOCK_START!r} ... {BLOCK_MIDDLE!r} ... {BLOCK_END}")
    return edits


def apply_edits(answers: dict[str, str], function: str, edits: list[Edit], path: Path) -> str:
    """The solution's answer cell ``function`` with ``edits`` applied (no trailing newline)."""
    if function not in answers:
        raise VariantFileError(f"{path}: no graded function {function!r} in the lab's source notebook")
    lines = answers[function].split("\n")
    spans = []
    for old, new in edits:
        found = _occurrences(lines, old)
        if len(found) != 1:
            raise VariantFileError(
                f"{path}: a solution block ({old[0].strip()!r}...) occurs {len(found)} times in the solution's "
                f"answer cell {function!r}; it must occur exactly once (did the solution change?)"
            )
        spans.append((found[0], found[0] + len(old), new))
    spans.sort()
    if any(end > start for (_, end, _), (start, _, _) in zip(spans, spans[1:], strict=False)):
        raise VariantFileError(f"{path}: two blocks replace the same lines of {function!r}")
    for start, end, new in reversed(spans):
        lines[start:end] = new
    return "\n".join(lines)


def _occurrences(lines: list[str], block: list[str]) -> list[int]:
    return [i for i in range(len(lines) - len(block) + 1) if lines[i : i + len(block)] == block]


def compact(answers: dict[str, str], function: str, code: str, path: Path, kind: str) -> str | None:
    """The ``.edit`` body that turns the solution's cell into ``code``, or None when none does so provably.

    The blocks are the differing line runs, widened by a line of context until each side is non-empty and occurs
    once in the solution; the result must reproduce ``code`` exactly (trailing newlines aside) through
    :func:`apply_edits`, the function the audit itself uses.
    """
    if function not in answers:
        return None
    solution, wanted = answers[function].split("\n"), code.rstrip("\n").split("\n")
    matcher = difflib.SequenceMatcher(None, solution, wanted, autojunk=False)
    hunks = [[i1, i2, j1, j2] for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
    hunks = _widened(hunks, solution)
    if hunks is None:
        return None
    body = "\n\n".join(
        "\n".join([BLOCK_START, *solution[i1:i2], BLOCK_MIDDLE, *wanted[j1:j2], f"{BLOCK_END} {kind}"])
        for i1, i2, j1, j2 in hunks
    )
    try:
        applied = apply_edits(answers, function, parse_edits(body, path), path)
    except VariantFileError:
        return None
    return body + "\n" if applied == "\n".join(wanted) else None


def _widened(hunks: list[list[int]], solution: list[str]) -> list[list[int]] | None:
    """``hunks`` merged where they touch and widened by context until each is non-empty and unique in the solution."""
    while True:
        merged: list[list[int]] = []
        for hunk in hunks:
            if merged and hunk[0] <= merged[-1][1]:
                merged[-1][1], merged[-1][3] = max(merged[-1][1], hunk[1]), max(merged[-1][3], hunk[3])
            else:
                merged.append(hunk)
        hunks = merged
        narrow = next(
            (h for h in hunks if h[0] == h[1] or len(_occurrences(solution, solution[h[0] : h[1]])) != 1), None
        )
        if narrow is None:
            return hunks
        if narrow[0] > 0:  # one line of context above; the lines between hunks are equal on both sides
            narrow[0], narrow[2] = narrow[0] - 1, narrow[2] - 1
        elif narrow[1] < len(solution):
            narrow[1], narrow[3] = narrow[1] + 1, narrow[3] + 1
        else:
            return None


def compact_lab(lab_dir: Path) -> list[tuple[Path, int, int]]:
    """Rewrite the lab's variant files as ``.edit`` files that grade the same and are shorter.

    A whole-cell ``.py`` file is rewritten when its ``.edit`` is at most :data:`COMPACT_AT_MOST` of it, an
    ``.edit`` file when it gets shorter. First the variant takes the solution's docstrings and layout
    (:func:`in_solution_layout`): neither decides a grade, and a stale or reformatted copy only lengthens blocks.

    Returns:
        ``(new file, characters before, characters after)`` for each file rewritten.
    """
    answers = answer_cells(lab_dir)
    rewritten = []
    for path in sorted(path for kind in ("mistakes", "alternatives") for path in lab_dir.glob(f"{kind}/*/*.*")):
        if path.suffix not in (".py", EDIT_SUFFIX) or path.parent.name not in answers:
            continue
        text = path.read_text(encoding="utf-8")
        _, header_text, body = _split_header(text)
        function, kind = path.parent.name, path.parent.parent.name.removesuffix("s")
        try:
            code = body if path.suffix == ".py" else apply_edits(answers, function, parse_edits(body, path), path)
        except VariantFileError:  # a stale edit stays as it is: the audit names it
            continue
        edit = compact(answers, function, in_solution_layout(code, answers[function]), path, kind)
        limit = COMPACT_AT_MOST * len(text) if path.suffix == ".py" else len(text) - 1
        if edit is None or len(header_text + edit) > limit:
            continue
        target = path.with_suffix(EDIT_SUFFIX)
        target.write_text(header_text + edit, encoding="utf-8")
        if target != path:
            path.unlink()
        rewritten.append((target, len(text), len(header_text + edit)))
    return rewritten


def in_solution_layout(code: str, solution: str) -> str:
    """``code`` with the solution's docstrings (:func:`with_solution_docstrings`), and each run of lines that differs
    from the solution's only in layout (same syntax tree, same comments) written as the solution writes it."""
    code = with_solution_docstrings(code, solution)
    meaning = _meaning(code)
    if meaning is None:
        return code
    theirs, ours = solution.split("\n"), code.split("\n")
    runs = [op for op in difflib.SequenceMatcher(None, theirs, ours, autojunk=False).get_opcodes() if op[0] != "equal"]
    for _, i1, i2, j1, j2 in reversed(runs):  # from the bottom up, so that earlier runs keep their line numbers
        candidate = ours[:j1] + theirs[i1:i2] + ours[j2:]
        if _meaning("\n".join(candidate)) == meaning:
            ours = candidate
    return "\n".join(ours)


def _meaning(code: str) -> tuple[str, list[str]] | None:
    """What a cell says, layout aside: its syntax tree and its comments; None when it is not valid Python."""
    tree = parse_code(code)
    if tree is None:
        return None
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    except (tokenize.TokenError, SyntaxError):
        return None
    return ast.dump(tree), [token.string for token in tokens if token.type == tokenize.COMMENT]


def with_solution_docstrings(code: str, solution: str) -> str:
    """``code`` where each top-level function that the solution's cell also documents carries the solution's
    docstring: replacing the variant's own, or added where it has none."""
    wanted = _docstrings(solution)
    lines = code.split("\n")
    tree = parse_code(code)
    functions = [n for n in (tree.body if tree else []) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    for node in sorted(functions, key=lambda n: n.lineno, reverse=True):
        if node.name not in wanted or node.body[0].lineno == node.lineno:  # a one-line def has no room
            continue
        span = _docstring_span(node, lines)
        if span is None and ast.get_docstring(node, clean=False) is not None:  # shares a line with code: leave it
            continue
        start, end = span or (node.body[0].lineno - 1,) * 2
        if start == end and _indent(lines[start]) != _indent(wanted[node.name][0]):
            continue
        lines[start:end] = wanted[node.name]
    return "\n".join(lines)


def _docstrings(cell: str) -> dict[str, list[str]]:
    """The lines of each top-level function's docstring in ``cell``, where it stands on lines of its own."""
    lines, tree = cell.split("\n"), parse_code(cell)
    spans = {
        node.name: _docstring_span(node, lines)
        for node in (tree.body if tree else [])
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    }
    return {name: lines[span[0] : span[1]] for name, span in spans.items() if span}


def _docstring_span(node: ast.FunctionDef | ast.AsyncFunctionDef, lines: list[str]) -> tuple[int, int] | None:
    """``(first line, end)`` of ``node``'s docstring, 0-based and end exclusive; None without one on its own lines."""
    if ast.get_docstring(node, clean=False) is None or len(node.body) == 1:
        return None
    doc = node.body[0]
    first, last = doc.lineno - 1, doc.end_lineno - 1
    if lines[first][: doc.col_offset].strip() or lines[last][doc.end_col_offset :].strip():
        return None
    return first, last + 1


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


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
    sources: LabSources = REPO_LABS,
    workers: int = 2,
    log: Callable[[str], None] = print,
    functions: Collection[str] = (),
) -> Report:
    """Grade the solution and every declared variant of ``lab_name`` in one batch; return the report.

    ``functions``, when given, keeps only the variants of those graded functions: a quick audit while a test cell
    is being written. CI always audits every function.
    """
    lab = grader.LabNotebooks.load(sources.lab_dir(lab_name), sources.release(lab_name))
    variants, problems = load_variants(sources.source(lab_name))
    answer_ids = {cells.grade_id(c) for c in lab.source.cells if cells.is_answer(c)}
    problems += [
        f"{v.kind} {v.function}/{v.name}: no graded function {v.function!r}"
        for v in variants
        if v.function not in answer_ids
    ]
    exempt = keeps_global_rng(sources.source(lab_name))
    variants = [v for v in variants if v.function in answer_ids] + rng_drawing_alternatives(lab, exempt)
    unknown = set(functions) - answer_ids
    if unknown:
        raise ValueError(f"{lab_name} has no graded function {', '.join(sorted(unknown))}")
    if functions:
        variants = [v for v in variants if v.function in functions]
    report = Report(lab_name, problems=problems)
    log(f"{lab_name}: recording the solution's answers")
    key = grader.answer_key(lab, python_path=sources.python_path)
    solved = solved_notebook(lab)
    everything = [Variant("solution", "", "solution", "")] + variants
    limits = Limits(notebook_seconds=180)  # the instructor's variants: a slow one is a lab bug, found sooner
    with tempfile.TemporaryDirectory(prefix="mcl-audit-") as scratch:
        student_edition = edition.build(Path(scratch) / "edition", sources)
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


def _outcome(variant: Variant, graded: grader.Graded, max_score: float) -> VariantResult:
    judgement = graded.judgement
    cell = judgement.cells.get(f"test_{variant.function}")
    failed = [(c.id, c.hidden, c.message) for c in cell.checks if not c.passed] if cell else []
    messages = "\n".join(c.message for s in judgement.cells.values() for c in s.checks if not c.passed)
    lost = cell.points - cell.score if cell else 0.0
    return VariantResult(variant, judgement.score, max_score, lost, failed, messages, graded.run.ended)


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
        if o.variant.wrong_on:
            lines.append(f"    wrong on: {o.variant.wrong_on}")
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
