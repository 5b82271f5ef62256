"""The Python source of a notebook code cell, read the way the kernel would read it.

A code cell may hold IPython magics and shell lines (``%time``, ``!pip ...``) that are not Python. Both the
notebook's own checks (:mod:`utils.grading.own_code`) and the judge, which runs no student code, parse cells with
these two functions, so that a cell means the same thing to both.
"""

from __future__ import annotations

import ast


def without_magics(source: str) -> str:
    """``source`` with IPython magics and shell lines (``%...``, ``!...``) blanked, so that line numbers hold."""
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines())


def parse_code(source: str) -> ast.Module | None:
    """A code cell's syntax tree, magics ignored; None when it is not valid Python."""
    try:
        return ast.parse(without_magics(source))
    except SyntaxError:
        return None
