"""The student edition: what students install, and what the grading sandbox runs on.

It holds ``labs/`` (the releases), ``utils`` with the body of every reference implementation of a
graded function (marked ``@graded_reference``) replaced by an error that says so, a README for
students, ``environment.yml``, a ``pyproject.toml`` that installs ``utils`` only, and a Makefile
with ``make lab``. No ``solutions/``, no hidden tests, no autograder: :func:`leaks` proves it.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

from autograder import cells
from autograder.release import LABS, REPO_ROOT, SOLUTIONS

TEMPLATES = Path(__file__).with_name("templates")
DECORATOR = "graded_reference"


class EditionError(RuntimeError):
    """The edition cannot be built (for example, a reference that cannot be stripped)."""


def build(out: Path, root: Path = REPO_ROOT) -> Path:
    """Write the student edition into ``out`` (created; must not exist or be empty); return ``out``."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise EditionError(f"{out} exists and is not empty; choose a new folder")
    out.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints")
    shutil.copytree(root / LABS, out / LABS, ignore=ignore)
    shutil.copytree(root / "utils", out / "utils", ignore=ignore)
    for path in sorted((out / "utils").rglob("*.py")):
        path.write_text(strip_references(path.read_text(encoding="utf-8"), path.name), encoding="utf-8")
    shutil.copy(root / "environment.yml", out / "environment.yml")
    shutil.copy(root / "LICENSE", out / "LICENSE")
    (out / "pyproject.toml").write_text(_student_pyproject(root / "pyproject.toml"), encoding="utf-8")
    for name in ("README.md", "Makefile"):
        shutil.copy(TEMPLATES / f"student_{name}", out / name)
    return out


def strip_references(source: str, filename: str = "<utils>") -> str:
    """``source`` with the body of every ``@graded_reference(lab, function)`` def replaced by a ``raise``.

    The signature and docstring stay (they are the specification students already have); the code goes.
    """
    tree = ast.parse(source, filename)
    lines = source.splitlines(keepends=True)
    edits = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        marker = next((d for d in node.decorator_list if _is_marker(d)), None)
        if marker is None:
            continue
        lab, function = (arg.value for arg in marker.args[:2])  # type: ignore[attr-defined]
        body = node.body[1:] if ast.get_docstring(node) is not None else node.body
        if not body:
            raise EditionError(f"{filename}: {node.name} has no body to strip")
        indent = " " * body[0].col_offset
        message = (
            f"utils: {node.name} is the reference for {function}, which you write in {lab}; "
            "it is not part of the student edition"
        )
        edits.append((body[0].lineno - 1, body[-1].end_lineno, f"{indent}raise NotImplementedError({message!r})\n"))
    for start, end, replacement in sorted(edits, reverse=True):
        lines[start:end] = [replacement]
    return "".join(lines)


def _is_marker(decorator: ast.expr) -> bool:
    return (
        isinstance(decorator, ast.Call)
        and isinstance(decorator.func, ast.Name)
        and decorator.func.id == DECORATOR
        and len(decorator.args) >= 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in decorator.args[:2])
    )


def _student_pyproject(path: Path) -> str:
    """The repository's pyproject, installing ``utils`` alone, without the autograder's extras."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'name = "model-compression-labs"', 'name = "model-compression-labs-student"', text)
    text = re.sub(r"include = \[[^\]]*\]", 'include = ["utils*"]', text)
    text = re.sub(r"\n\[tool\.pytest[\s\S]*?(?=\n\[|\Z)", "\n", text)
    return text


def leaks(edition: Path, root: Path = REPO_ROOT) -> list[str]:
    """What the edition holds that students must not see: solutions, hidden tests, reference bodies."""
    problems = []
    for forbidden in (SOLUTIONS, "autograder", "tests"):
        if (edition / forbidden).exists():
            problems.append(f"{edition / forbidden} is in the student edition")
    for path in sorted(edition.rglob("*")):
        if path.is_dir() and path.name in ("mistakes", "alternatives"):
            problems.append(f"{path} holds a lab's audit variants (alternatives are correct answers)")
        if path.is_file() and path.suffix in (".py", ".ipynb", ".md", ".toml", ".yml"):
            text = path.read_text(encoding="utf-8", errors="replace")
            problems += [f"{path} contains {marker!r}" for marker in cells.MARKERS if marker in text]
    for path in sorted((edition / "utils").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and any(_is_marker(d) for d in node.decorator_list):
                body = node.body[1:] if ast.get_docstring(node) is not None else node.body
                if len(body) != 1 or not isinstance(body[0], ast.Raise):
                    problems.append(f"{path}: the reference {node.name} still has its implementation")
    return problems
