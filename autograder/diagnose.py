"""Read an autograded notebook and say, in one line, what went wrong in it."""
from __future__ import annotations

from pathlib import Path

import nbformat

TIMEOUT_ERRORS = ("CellTimeoutError", "KeyboardInterrupt")


def grading_problems(autograded: Path) -> str:
    """A one-line reason for lost points in the autograded notebooks of one submission, or ''.

    The first crash outside the test cells explains the most (every later test
    fails because of it), so it wins; then unattempted functions; then failed tests.

    Args:
        autograded: the folder ``autograded/<student>/<lab>``.
    """
    crashes, unanswered, failed = [], 0, []
    for path in sorted(autograded.glob("*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            error = _first_error(cell)
            if error is None:
                continue
            meta = cell.metadata.get("nbgrader", {})
            label = meta.get("grade_id", f"cell {cell.get('id', '?')}")
            if error["ename"] in TIMEOUT_ERRORS:
                crashes.append(f"cell '{label}' ran past the time limit and was interrupted (an endless loop?)")
            elif meta.get("grade") and not meta.get("solution"):
                failed.append(label)
            elif error["ename"] == "NotImplementedError" and meta.get("solution"):
                unanswered += 1
            else:
                crashes.append(f"cell '{label}' raised {error['ename']}: {_one_line(error['evalue'])}")
    if crashes:
        return crashes[0]
    parts = []
    if unanswered:
        parts.append(f"{unanswered} answer cell(s) still raise NotImplementedError (not attempted)")
    if failed:
        parts.append(f"failed tests: {', '.join(failed)}")
    return "; ".join(parts)


def _first_error(cell: nbformat.NotebookNode) -> dict | None:
    if cell.cell_type != "code":
        return None
    return next((out for out in cell.get("outputs", []) if out.get("output_type") == "error"), None)


def _one_line(text: str, limit: int = 160) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 3] + "..."
