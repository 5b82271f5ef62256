"""What the autograder knows about nbgrader cells: their roles, the region markers, and the stub text.

This is the one place that reads nbgrader's cell metadata. A lab notebook has:

* the **setup** cell (locked, grade id ``setup``);
* **answer** cells (``solution``, code): the graded functions, grade id = the function's name;
* **test** cells (``grade`` with points, code, locked): checks, with hidden ones between markers;
* **manual** cells (``grade`` and ``solution``, markdown): reflection answers graded by hand;
* other locked cells (explanations) and free cells (experiments, the student's own).
"""

from __future__ import annotations

import nbformat

BEGIN_SOLUTION, END_SOLUTION = "### BEGIN SOLUTION", "### END SOLUTION"
BEGIN_HIDDEN, END_HIDDEN = "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"
MARKERS = (BEGIN_SOLUTION, END_SOLUTION, BEGIN_HIDDEN, END_HIDDEN)
CODE_STUB = "# YOUR CODE HERE\nraise NotImplementedError()"
TEXT_STUB = "YOUR ANSWER HERE"
SETUP_ID = "setup"


def meta(cell: nbformat.NotebookNode) -> dict:
    """The cell's nbgrader metadata (empty for a free cell)."""
    value = cell.get("metadata", {}).get("nbgrader", {})
    return value if isinstance(value, dict) else {}


def grade_id(cell: nbformat.NotebookNode) -> str | None:
    value = meta(cell).get("grade_id")
    return value if isinstance(value, str) else None


def is_answer(cell: nbformat.NotebookNode) -> bool:
    """A code cell the student writes (a graded function)."""
    return bool(meta(cell).get("solution")) and not meta(cell).get("grade") and cell.cell_type == "code"


def is_test(cell: nbformat.NotebookNode) -> bool:
    """A locked code cell worth points: the checks of one graded function."""
    return bool(meta(cell).get("grade")) and not meta(cell).get("solution") and cell.cell_type == "code"


def is_manual(cell: nbformat.NotebookNode) -> bool:
    """A markdown answer graded by hand."""
    return bool(meta(cell).get("grade")) and bool(meta(cell).get("solution")) and cell.cell_type == "markdown"


def is_setup(cell: nbformat.NotebookNode) -> bool:
    return grade_id(cell) == SETUP_ID


def points(cell: nbformat.NotebookNode) -> float:
    return float(meta(cell).get("points", 0) or 0)


def by_grade_id(notebook: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    """The nbgrader cells of a notebook by grade id (the first one wins for a duplicated id)."""
    cells: dict[str, nbformat.NotebookNode] = {}
    for cell in notebook.cells:
        gid = grade_id(cell)
        if gid is not None:
            cells.setdefault(gid, cell)
    return cells


def experiment_ids(release: nbformat.NotebookNode) -> set[str]:
    """The cell ids of the release's experiment cells: code cells nbgrader does not grade, which grading skips."""
    return {c.get("id") for c in release.cells if c.cell_type == "code" and grade_id(c) is None}


def without_markers(source: str) -> str:
    """A solution cell's source with its BEGIN/END SOLUTION lines removed (what a correct student writes)."""
    return "\n".join(line for line in source.splitlines() if line.strip() not in (BEGIN_SOLUTION, END_SOLUTION))


def visible_part(source: str) -> str:
    """A test cell's source without its hidden region (what the release and feedback show)."""
    lines, hidden = [], False
    for line in source.splitlines():
        if line.strip() == BEGIN_HIDDEN:
            hidden = True
        elif line.strip() == END_HIDDEN:
            hidden = False
        elif not hidden:
            lines.append(line)
    return "\n".join(lines).rstrip()


def regions(source: str) -> list[tuple[str, str]]:
    """``[(region, line)]`` for each line: region is ``"solution"``, ``"hidden"`` or ``"public"`` (markers excluded)."""
    tagged, region = [], "public"
    for line in source.splitlines():
        stripped = line.strip()
        if stripped in (BEGIN_SOLUTION, BEGIN_HIDDEN):
            region = "solution" if stripped == BEGIN_SOLUTION else "hidden"
        elif stripped in (END_SOLUTION, END_HIDDEN):
            region = "public"
        else:
            tagged.append((region, line))
    return tagged
