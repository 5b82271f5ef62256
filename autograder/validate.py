"""Check a lab notebook before submitting it, the way the grader will run it: ``python -m autograder validate NB``.

It runs, in a fresh Jupyter kernel in grading mode (``NBGRADER_EXECUTION=autograde``), exactly the cells the
grader runs (:func:`autograder.prepare.submission_cells`): the setup cell, the student's answer cells and the
cells they added, then the release's test cells, which hold the visible checks only. Experiment cells are
skipped, as they are when grading. The report says, in plain words, what the grader would find: deleted or
copied graded cells, edited test cells or points, unfinished functions, cells that raised, and each visible
test's result. Hidden tests run only when grading; nothing here can check them.

The pristine release is found by the notebook's name: ``labs/labNN/labNN.ipynb`` in the notebook's folder
or a folder above it (or above the current directory), so a copy in ``work/labNN/`` finds its release.

Why it has its own engine (a Jupyter kernel through nbclient) rather than the grading runner
(:mod:`autograder.grader`'s jobs, the sandbox and the Dask cluster):

* it runs on the student's own machine, from the student edition, which ships only the student tools
  (:data:`autograder.edition.STUDENT_MODULES`): the sandbox, its runner, the jobs and the judge are the grading
  engine, which the edition must not hold, and the sandbox needs Linux and bubblewrap where a student may have
  macOS or Windows;
* it runs the notebook in the kernel the student works in (their kernelspec, ``%matplotlib inline``, widgets), so
  that what fails here fails for the student's own setup, and it records nothing: visible checks only, read from
  each cell's own error, where the grading runner writes check records for the judge;
* a run that dies is advice, not a result: the report says the kernel died so the student can fix it, where the
  grading runners' retry exists to keep one worker's failure from costing a student points.

What it shares with grading is what decides the outcome: the run list (:func:`autograder.prepare.submission_cells`)
and the integrity notes, so that the cells validated are exactly the cells graded.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from autograder import cells, prepare
from utils.grading.cell_source import parse_code

NOT_ATTEMPTED = "NotImplementedError"  # raised without a message by the stub: utils.grading.compare.NOT_ATTEMPTED
SETUP, ANSWER, ADDED, TEST = "setup", "answer", "added", "test"
STUB_LINES = [line.strip() for line in cells.CODE_STUB.splitlines()]
MESSAGE_LINES = 6  # lines of a failed check's message shown
EXIT_READY, EXIT_PROBLEMS, EXIT_UNREADABLE = 0, 1, 2


class NotebookError(ValueError):
    """The notebook (or its release) cannot be validated; the message is one plain sentence."""


@dataclass
class CellResult:
    """What one cell of the grader's run did.

    ``kind`` is ``setup``, ``answer``, ``added`` (a cell the student added) or ``test``; ``label`` the grade id
    (or the first line of an added cell); ``error`` is ``(exception type, message)`` when it raised.
    """

    kind: str
    label: str
    points: float = 0.0
    error: tuple[str, str] | None = None
    ran: bool = True


@dataclass
class ValidationReport:
    """The result of :func:`validate_notebook`. ``problems`` lists each thing to fix, one sentence each."""

    notebook: Path
    release: Path
    notes: list[prepare.Note] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)
    cells: list[CellResult] = field(default_factory=list)
    empty_reflections: list[str] = field(default_factory=list)
    missing_answers: list[str] = field(default_factory=list)
    experiment_names: set[str] = field(default_factory=set)  # defined by experiment cells, which grading skips
    kernel_died: str | None = None
    seconds: float = 0.0

    @property
    def problems(self) -> list[str]:
        """Every problem, in the order of the report: notes, unfinished functions, cells that raised."""
        found = [str(note) for note in self.notes] + [f"{name} is not finished" for name in self.unfinished]
        found += [_describe_error(c) for c in self.cells if c.error is not None and not _is_unfinished(c)]
        return found + ([self.kernel_died] if self.kernel_died else [])

    @property
    def ready(self) -> bool:
        return not self.problems


# --- finding and reading the notebooks -----------------------------------------------------------------------------


def find_release(notebook: Path, cwd: Path | None = None) -> Path:
    """The release of ``notebook``'s lab: ``labs/<name>/<name>.ipynb`` in its folder or a folder above it.

    Args:
        notebook: the student's notebook; its stem (``lab00``) or its folder's name names the lab.
        cwd: also searched, with the folders above it (default: the current directory).

    Returns:
        The release notebook's path.

    Raises:
        NotebookError: no release found.
    """
    notebook = Path(notebook).resolve()
    names = dict.fromkeys([notebook.stem, notebook.parent.name])
    start = Path(cwd or Path.cwd()).resolve()
    for folder in dict.fromkeys([notebook.parent, *notebook.parent.parents, start, *start.parents]):
        for name in names:
            candidate = folder / "labs" / name / f"{name}.ipynb"
            if candidate.is_file():
                return candidate
    raise NotebookError(
        f"Cannot find the release of {notebook.stem}: there is no labs/{notebook.stem}/{notebook.stem}.ipynb "
        "in the notebook's folder, the current folder, or a folder above them; name it with --release."
    )


def read_notebook(path: Path) -> nbformat.NotebookNode:
    """Read a notebook, turning every way it can be unreadable into one plain sentence.

    Args:
        path: the notebook file.

    Returns:
        The notebook (format 4).

    Raises:
        NotebookError: missing, a folder, not UTF-8, not JSON, or not a notebook.
    """
    path = Path(path)
    if not path.exists():
        raise NotebookError(f"{path} does not exist.")
    if not path.is_file():
        raise NotebookError(f"{path} is a folder, not a notebook file.")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise NotebookError(f"{path} is not UTF-8 text (byte {error.start}), so it is not a saved notebook.") from None
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        raise NotebookError(
            f"{path} is not valid JSON (line {error.lineno}, column {error.colno}): the file is damaged; "
            "restore it from File > Revert Notebook to Checkpoint or a fresh copy of the release."
        ) from None
    try:
        notebook = nbformat.reads(text, as_version=4)
        notebook.cells  # noqa: B018 (a JSON file that is no notebook fails here)
    except Exception:
        raise NotebookError(f"{path} is JSON but not a Jupyter notebook.") from None
    return notebook


def _check_same_lab(submitted: nbformat.NotebookNode, release: nbformat.NotebookNode, path: Path, lab: str) -> None:
    graded = {gid for gid, c in cells.by_grade_id(release).items() if cells.is_answer(c) or cells.is_test(c)}
    if not graded & set(cells.by_grade_id(submitted)):
        raise NotebookError(f"{path} has none of {lab}'s graded cells, so it is not {lab}'s notebook.")


# --- running ------------------------------------------------------------------------------------------------------


def validate_notebook(path: Path, release: Path | None = None, cell_timeout: float = 60) -> ValidationReport:
    """Run ``path`` the way the grader will (visible tests only) and report what it would find.

    Args:
        path: the student's notebook.
        release: the lab's release notebook; found by :func:`find_release` when None.
        cell_timeout: seconds each cell may run before it is interrupted.

    Returns:
        The report; ``report.ready`` is True when nothing needs fixing.

    Raises:
        NotebookError: the notebook or its release cannot be read, or they are not the same lab.
    """
    path = Path(path)
    submitted = read_notebook(path)
    release = Path(release) if release is not None else find_release(path)
    released = read_notebook(release)
    _check_same_lab(submitted, released, path, release.stem)
    prepared = prepare.submission_cells(submitted, released, released)
    report = ValidationReport(path, release, notes=list(prepared.notes))
    report.cells = _plan(submitted, released, prepared)
    report.empty_reflections = _empty_reflections(submitted)
    present = set(cells.by_grade_id(submitted))
    report.missing_answers = [
        g for g, c in cells.by_grade_id(released).items() if cells.is_answer(c) and g not in present
    ]
    report.experiment_names = _experiment_names(submitted, released)
    start = time.monotonic()
    report.kernel_died = _execute(prepared.run, report.cells, path.parent, _root_of(release), cell_timeout)
    report.seconds = time.monotonic() - start
    report.unfinished = _unfinished(submitted, released, report.cells)
    return report


def _plan(
    submitted: nbformat.NotebookNode, release: nbformat.NotebookNode, prepared: prepare.Prepared
) -> list[CellResult]:
    """One :class:`CellResult` per entry of the run list, labelled by where it came from."""
    answers = {gid for gid, c in cells.by_grade_id(release).items() if cells.is_answer(c)}
    labels, pending = [], list(prepared.student_code)
    for cell in submitted.cells:  # student_code is a subsequence of the notebook's cells, in order
        if pending and cell.get("source") == pending[0]:
            gid = cells.grade_id(cell)
            labels.append((ANSWER, gid) if gid in answers else (ADDED, _first_line(cell.source)))
            pending.pop(0)
    labels += [(ADDED, "")] * len(pending)
    points = {gid: cells.points(c) for gid, c in cells.by_grade_id(release).items()}
    plan, student = [], iter(labels)
    for entry in prepared.run:
        if entry["tag"] == cells.SETUP_ID:
            plan.append(CellResult(SETUP, cells.SETUP_ID))
        elif entry["tag"] == "student":
            kind, label = next(student)
            plan.append(CellResult(kind, label))
        else:
            plan.append(CellResult(TEST, entry["tag"], points.get(entry["tag"], 0.0)))
    return plan


def _first_line(source: str) -> str:
    line = next((s.strip() for s in source.splitlines() if s.strip()), "")
    return line if len(line) <= 60 else line[:57] + "..."


def _root_of(release: Path) -> Path | None:
    """The course root above ``labs/labNN/labNN.ipynb`` when it holds ``utils``: the kernel imports from there."""
    root = Path(release).resolve().parent.parent.parent
    return root if (root / "utils").is_dir() else None


def _kernel_env(root: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MCL_RECORD")}  # never record: visible checks
    env.update(NBGRADER_EXECUTION="autograde", MPLBACKEND="Agg")
    if root is not None:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)
    return env


def _execute(run: list[dict], results: list[CellResult], folder: Path, root: Path | None, timeout: float) -> str | None:
    """Run the cells in one fresh kernel (cwd ``folder``), filling ``results``; a sentence if the kernel died."""
    from nbclient import NotebookClient
    from nbclient.exceptions import DeadKernelError

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(e["source"]) for e in run])
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        allow_errors=True,
        interrupt_on_timeout=True,
        resources={"metadata": {"path": str(Path(folder).resolve())}},
    )
    try:
        with client.setup_kernel(env=_kernel_env(root), stderr=subprocess.DEVNULL):  # no kernel log lines
            for index, (cell, result) in enumerate(zip(notebook.cells, results, strict=True)):
                try:
                    client.execute_cell(cell, index)
                except DeadKernelError:
                    for later in results[index:]:
                        later.ran = False
                    return (
                        f"The Python kernel died while running {_where(result)} (out of memory, or the process exited)."
                    )
                result.error = _error_of(cell, timeout)
    except Exception as error:  # the kernel could not start (no python3 kernel, a broken environment)
        raise NotebookError(
            f"Could not run the notebook in a Python kernel ({type(error).__name__}: {error})."
        ) from None
    return None


def _error_of(cell: nbformat.NotebookNode, timeout: float) -> tuple[str, str] | None:
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            name, message = output.get("ename", "Exception"), str(output.get("evalue", ""))
            if name == "KeyboardInterrupt":
                return "Timeout", f"it ran longer than {timeout:g} s and was stopped"
            return name, message
    return None


def _unfinished(
    submitted: nbformat.NotebookNode, release: nbformat.NotebookNode, results: list[CellResult]
) -> list[str]:
    """Graded functions whose cell still holds the stub, or whose test raised a bare NotImplementedError."""
    stubbed = {cells.grade_id(c) for c in submitted.cells if cells.is_answer(c) and _holds_stub(c.source)}
    untried = {r.label.removeprefix("test_") for r in results if r.kind == TEST and _is_unfinished(r)}
    order = [gid for gid, c in cells.by_grade_id(release).items() if cells.is_answer(c)]
    return [gid for gid in order if gid in stubbed or gid in untried]


def _holds_stub(source: str) -> bool:
    lines = [line.strip() for line in source.splitlines()]
    return any(lines[i : i + len(STUB_LINES)] == STUB_LINES for i in range(len(lines)))


def _is_unfinished(result: CellResult) -> bool:
    return result.kind == TEST and result.error is not None and result.error == (NOT_ATTEMPTED, "")


def _empty_reflections(submitted: nbformat.NotebookNode) -> list[str]:
    return [
        cells.grade_id(c) or "?"
        for c in submitted.cells
        if cells.is_manual(c) and c.source.strip() in ("", cells.TEXT_STUB)
    ]


# --- the report ----------------------------------------------------------------------------------------------------


def _where(result: CellResult) -> str:
    if result.kind == SETUP:
        return "the setup cell"
    if result.kind == ANSWER:
        return f"your answer cell {result.label}"
    if result.kind == ADDED:
        return f"a cell you added ({result.label})" if result.label else "a cell you added"
    return f"the test cell {result.label}"


def _describe_error(result: CellResult) -> str:
    name, message = result.error or ("", "")
    if name == "Timeout":
        return f"{_where(result)} did not finish: {message}"
    if name == "CheckFailed":
        return f"{_where(result)}: a visible check failed: {_first(message)}"
    return f"{_where(result)} raised {_short(name, message)}"


ADVICE = {  # what to do about each integrity note of autograder.prepare, which is written for TAs
    prepare.NoteKind.MISSING_ANSWERS: "copy them back from the release, {release}: a missing answer scores 0",
    prepare.NoteKind.MISSING_TESTS: "the grader runs them anyway; copy them back from {release} to see them here",
    prepare.NoteKind.DUPLICATED_CELLS: "keep one copy of each and delete the others (every copy runs, in order)",
    prepare.NoteKind.CHANGED_TEST_CELL: "the grader runs the release's test cell, so your edit changes nothing; "
    "restore it",
    prepare.NoteKind.EDITED_METADATA: "points come from the release; restore the cell from {release}",
    prepare.NoteKind.CHANGED_CELL_TYPE: "change it back to its type in the release",
}


def format_report(report: ValidationReport) -> str:
    """The report as plain text for a student, ending with a one-line verdict.

    Args:
        report: what :func:`validate_notebook` found.

    Returns:
        Several lines of text (no trailing newline).
    """
    lines = [
        f"Validating {_shown(report.notebook)} (release: {_shown(report.release)})",
        "The grader's run: the setup cell, your answer cells and the cells you added, then the test cells, "
        "in grading mode; experiment cells are skipped.",
    ]
    lines += _section("Notebook structure", [_with_advice(n, report.release) for n in report.notes])
    lines += _section(
        "Unfinished functions",
        [
            f"{name} still raises NotImplementedError: write it where its cell says # YOUR CODE HERE"
            for name in report.unfinished
        ],
    )
    crashed = [c for c in report.cells if c.kind != TEST and c.error is not None]
    lines += _section("Cells that raised", [_describe_error(c) for c in crashed])
    tests = [line for c in report.cells if c.kind == TEST for line in _test_lines(c)]
    lines += _section("Visible tests", tests, mark="")
    if report.kernel_died:
        lines += ["", f"! {report.kernel_died}"]
    undefined = _undefined_names(report) - set(report.missing_answers)
    if undefined & report.experiment_names:
        lines += ["", _NAME_ERROR_HINT.format(names=", ".join(sorted(undefined & report.experiment_names)))]
    if undefined - report.experiment_names:
        names = ", ".join(sorted(undefined - report.experiment_names))
        lines += ["", _TYPO_HINT.format(names=names)]
    if report.empty_reflections:
        lines += [
            "",
            f"Reminder: reflection answers still empty (graded by hand): {', '.join(report.empty_reflections)}.",
        ]
    lines += ["", "Hidden tests run only when your notebook is graded; they are not checked here."]
    return "\n".join(lines + ["", _verdict(report)])


_NAME_ERROR_HINT = (
    "About the NameError ({names}): experiment cells do not run when your notebook is graded (nor here), so code "
    "that uses a name defined in an experiment cell fails there as it fails here. Define what your functions need "
    "in their own cells."
)
_TYPO_HINT = (
    "About the NameError ({names}): no cell the grader runs defines it, nor does any experiment cell. Check the "
    "spelling, and that the cell defining it is an answer cell or a cell of your own."
)


def _experiment_names(submitted: nbformat.NotebookNode, released: nbformat.NotebookNode) -> set[str]:
    """The names that the submission's experiment cells (the release's, which grading skips) define at top level."""
    experiments = cells.experiment_ids(released)
    names: set[str] = set()
    for cell in submitted.cells:
        if cell.cell_type != "code" or cell.get("id") not in experiments:
            continue
        tree = parse_code(cell.source)
        if tree is None:
            continue
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
            else:
                names.update(n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store))
    return names


def _undefined_names(report: ValidationReport) -> set[str]:
    """The names of every NameError the run raised."""
    found = (re.search(r"name '([^']+)' is not defined", c.error[1]) for c in report.cells if c.error)
    return {match.group(1) for match in found if match}


def _shown(path: Path) -> str:
    """``path`` relative to the current folder when it is below it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _section(title: str, items: list[str], mark: str = "! ") -> list[str]:
    return ["", f"{title}:", *(f"  {mark}{item}" for item in items)] if items else []


def _with_advice(note: prepare.Note, release: Path) -> str:
    # The note's own parenthesis is written for a TA; the advice replaces it.
    evidence = "" if note.detail.startswith("(") else f" {note.detail}"
    return f"{note.kind.value}: {note.grade_ids}{evidence}: {ADVICE[note.kind].format(release=_shown(release))}"


def _test_lines(result: CellResult) -> list[str]:
    head = f"{result.label} ({result.points:g} point{'' if result.points == 1 else 's'})"
    if not result.ran:
        return [f"-  {head}: not run"]
    if result.error is None:
        return [f"ok {head}: visible checks passed"]
    if _is_unfinished(result):
        return [f"!  {head}: not attempted yet (NotImplementedError)"]
    name, message = result.error
    if name == "CheckFailed":
        shown = message.strip().splitlines()[:MESSAGE_LINES] or [""]
        return [f"!  {head}: a visible check failed: {shown[0]}", *(f"     {line}" for line in shown[1:])]
    if name == "Timeout":
        return [f"!  {head}: did not finish: {message}"]
    return [f"!  {head}: {_short(name, message)}"]


def _first(message: str) -> str:
    return message.strip().splitlines()[0] if message.strip() else ""


def _short(name: str, message: str) -> str:
    first = _first(message)
    return f"{name}: {first}" if first else name


def _verdict(report: ValidationReport) -> str:
    count = len(report.problems)
    if not count:
        return "Ready to submit: the notebook is intact and every visible test passes."
    return f"{count} problem(s) to fix before you submit."


# --- command line ----------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """``validate NOTEBOOK [--release R] [--timeout S]``: print the report.

    Args:
        argv: the arguments after ``validate`` (default ``sys.argv[1:]``).

    Returns:
        0 when ready to submit, 1 when there are problems, 2 when the input cannot be read.
    """
    parser = argparse.ArgumentParser(
        prog="python -m autograder validate", description="Check a lab notebook the way the grader will run it."
    )
    parser.add_argument("notebook", type=Path, help="your notebook, e.g. work/lab00/lab00.ipynb")
    parser.add_argument("--release", type=Path, default=None, help="the lab's release notebook (found by name)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per cell (default 60)")
    args = parser.parse_args(argv)
    try:
        report = validate_notebook(args.notebook, args.release, args.timeout)
    except NotebookError as error:
        print(error, file=sys.stderr)
        return EXIT_UNREADABLE
    print(format_report(report))
    return EXIT_READY if report.ready else EXIT_PROBLEMS
