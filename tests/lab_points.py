"""Lab 00's points, read from its release, so that the grading tests follow the lab when it gains a function."""

from __future__ import annotations

from pathlib import Path

import nbformat

from autograder import cells

_RELEASE = nbformat.read(Path(__file__).resolve().parent.parent / "labs" / "lab00" / "lab00.ipynb", as_version=4)
LAB00_AUTO = sum(cells.points(c) for c in _RELEASE.cells if cells.is_test(c))
LAB00_HAND = sum(cells.points(c) for c in _RELEASE.cells if cells.is_manual(c))
LAB00_FUNCTIONS = sum(1 for c in _RELEASE.cells if cells.is_answer(c))
LAB00_QUESTIONS = sum(1 for c in _RELEASE.cells if cells.is_manual(c))
LAB00_AUTO_CSV = f"{LAB00_AUTO:.1f}"  # as the grades CSV writes it
LAB00_TOTAL_CSV = f"{LAB00_AUTO + LAB00_HAND:.1f}"
