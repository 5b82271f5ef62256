"""Read an autograded notebook and say, in one line, what went wrong in it."""
from __future__ import annotations

from pathlib import Path

import nbformat

TIMEOUT_ERRORS = ("CellTimeoutError", "KeyboardInterrupt")


def grading_problems(autograded: Path) -> str:
    """A one-line reason for lost points in the autograded notebooks of one submission, or ''.

    The first crash outside the test cells explains the most (every later test
    fails because of it), so it wins. Otherwise tests that failed with
    ``NotImplementedError`` were not attempted, and the rest failed on their merits.

    Args:
        autograded: the folder ``autograded/<student>/<lab>``.
    """
    crashes, not_attempted, failed = [], [], []
    for path in sorted(autograded.glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            error = _first_error(cell)
            if error is None:
                continue
            meta = cell.metadata.get("nbgrader", {})
            label = meta.get("grade_id", cell.get("id", "?"))
            is_test = meta.get("grade") and not meta.get("solution")
            if error["ename"] in TIMEOUT_ERRORS:
                crashes.append(f"cell '{label}' ran past the time limit and was interrupted (an endless loop?)")
            elif is_test:
                (not_attempted if error["ename"] == "NotImplementedError" else failed).append(label)
            elif error["ename"] != "NotImplementedError":  # an experiment calling an unanswered function
                crashes.append(f"cell '{label}' raised {error['ename']}: {_one_line(error['evalue'])}")
    if crashes:
        return crashes[0]
    parts = []
    if not_attempted:
        parts.append(f"not attempted (NotImplementedError): {', '.join(not_attempted)}")
    if failed:
        parts.append(f"failed tests: {', '.join(failed)}")
    return "; ".join(parts)


def deleted_cells(submitted: Path, source: Path) -> list[str]:
    """Grade ids of the source's nbgrader cells that the submitted notebooks no longer have.

    Args:
        submitted: the folder ``submitted/<student>/<lab>``.
        source: the folder ``source/<lab>``.
    """
    missing = []
    for source_nb in sorted(source.glob("*.ipynb")):
        submitted_nb = submitted / source_nb.name
        if not submitted_nb.exists():
            continue
        present = {cell.metadata.get("nbgrader", {}).get("grade_id")
                   for cell in nbformat.read(submitted_nb, as_version=4).cells}
        missing += [cell.metadata["nbgrader"]["grade_id"] for cell in nbformat.read(source_nb, as_version=4).cells
                    if "nbgrader" in cell.metadata and cell.metadata["nbgrader"]["grade_id"] not in present]
    return missing


def _first_error(cell: nbformat.NotebookNode) -> dict | None:
    if cell.cell_type != "code":
        return None
    return next((out for out in cell.get("outputs", []) if out.get("output_type") == "error"), None)


def _one_line(text: str, limit: int = 160) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 3] + "..."
