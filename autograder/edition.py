"""The student edition: what students install, and what the grading sandbox runs on.

It holds ``labs/`` (the releases), ``utils`` (and a course's own ``course_utils``, see
:class:`autograder.release.LabSources`) with the body of every reference implementation of a
graded function (marked ``@graded_reference``) replaced by an error that says so, a README for
students, ``environment.yml``, a ``pyproject.toml`` that installs ``utils`` and the student tools, and a
Makefile with ``make lab`` and ``make validate``. The student tools are a small ``autograder`` package that
only validates a notebook and prepares the work folder (:data:`STUDENT_MODULES`, copied unchanged, plus
its own ``__init__`` and ``__main__``); nothing that grades. No ``solutions/``, no hidden tests, no
grading engine: :func:`leaks` proves it.

:func:`publish` keeps the edition as a git repository that the instructor pushes wherever students clone
from: the first call creates it with the labs released so far, and each ``--update`` commits the next
week's labs and any fixes as one commit, so students ``git pull``. Their own notebooks live in ``work/``,
which the edition's ``.gitignore`` excludes, so an update never touches them.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from autograder import cells
from autograder.release import COURSE_UTILS, LABS, REPO_LABS, REPO_ROOT, SOLUTIONS, LabSources

TEMPLATES = Path(__file__).with_name("templates")
DECORATOR = "graded_reference"
PACKAGE = "autograder"
# The modules students get, copied unchanged: what ``validate`` and ``workspace`` need, nothing that grades.
STUDENT_MODULES = ("cells.py", "prepare.py", "validate.py", "workspace.py")
# Students work in work/ (see autograder.workspace): git never tracks it, so a pull never meets their edits.
STUDENT_GITIGNORE = "work/\n.venv/\n__pycache__/\n.ipynb_checkpoints/\n*.egg-info/\n"
STUDENT_INIT = '''"""Student tools of Model Compression Labs: check a notebook before submitting it; the work folder.

``python -m autograder validate work/lab00/lab00.ipynb`` and ``python -m autograder workspace``. The grading
engine is not part of the student edition.
"""
'''
STUDENT_MAIN = '''"""``python -m autograder validate NOTEBOOK`` or ``python -m autograder workspace`` (``-h``)."""

import sys

from autograder import validate, workspace

COMMANDS = {"validate": validate.main, "workspace": workspace.main}
USAGE = """usage: python -m autograder {validate,workspace} ...

  validate NOTEBOOK   run your notebook the way the grader will (visible tests only) and report what to fix
  workspace           copy new labs into work/ (never overwriting your files) and write the Jupyter settings"""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in COMMANDS:
        print(USAGE, file=sys.stdout if argv[:1] in (["-h"], ["--help"]) else sys.stderr)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    return COMMANDS[argv[0]](argv[1:])


sys.exit(main())
'''


class EditionError(RuntimeError):
    """The edition cannot be built (for example, a reference that cannot be stripped)."""


def build(out: Path, sources: LabSources = REPO_LABS, labs: list[str] | None = None) -> Path:
    """Write the student edition into ``out`` (created; must not exist or be empty); return ``out``.

    Args:
        out: the folder.
        sources: the course whose releases (and ``course_utils``, if it has one) the edition holds.
        labs: the labs to include (default: every lab in the course's ``labs/``).
    """
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise EditionError(f"{out} exists and is not empty; choose a new folder")
    available = sorted(p.name for p in sources.labs.iterdir() if p.is_dir()) if sources.labs.is_dir() else []
    unknown = sorted(set(labs or []) - set(available))
    if unknown:
        raise EditionError(f"no lab {', '.join(unknown)} in {sources.labs}; available: {', '.join(available)}")
    out.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints")
    for lab in labs or available:
        shutil.copytree(sources.release(lab), out / LABS / lab, ignore=ignore)
    packages = {"utils": REPO_ROOT / "utils", COURSE_UTILS: sources.course_utils}
    for name, package in packages.items():
        if package is None:
            continue
        shutil.copytree(package, out / name, ignore=ignore)
        for path in sorted((out / name).rglob("*.py")):
            path.write_text(strip_references(path.read_text(encoding="utf-8"), path.name), encoding="utf-8")
    shutil.copy(REPO_ROOT / "environment.yml", out / "environment.yml")
    shutil.copy(REPO_ROOT / "LICENSE", out / "LICENSE")
    shipped = [name for name, package in packages.items() if package is not None]
    (out / "pyproject.toml").write_text(_student_pyproject(REPO_ROOT / "pyproject.toml", shipped), encoding="utf-8")
    _write_student_tools(out / PACKAGE, REPO_ROOT / PACKAGE)
    (out / ".gitignore").write_text(STUDENT_GITIGNORE, encoding="utf-8")
    for name in ("README.md", "Makefile"):
        shutil.copy(TEMPLATES / f"student_{name}", out / name)
    return out


def publish(out: Path, labs: list[str] | None = None, update: bool = False, sources: LabSources = REPO_LABS) -> str:
    """Write the edition as a new git repository, or commit the next release into an existing one.

    Args:
        out: a new folder, or with ``update`` an edition repository made by this function.
        labs: labs to add. A new edition gets these (default: every lab); an update keeps the labs the
            edition already has and adds these.
        update: commit into the existing edition at ``out``: every file the edition tracks is replaced by
            the new build, files no longer built are removed, and untracked files (students' ``work/``,
            ``.venv``) are never touched.
        sources: the course whose labs the edition holds.

    Returns:
        The commit's one-line summary, or a sentence saying that nothing changed.

    Raises:
        EditionError: ``out`` is not empty (new) or not an edition repository (update), a lab does not
            exist, or the build leaks something students must not see.
    """
    out = Path(out)
    if update and not (out / ".git").is_dir():
        raise EditionError(f"{out} is not a git repository; make the edition first, without --update")
    present = sorted(p.name for p in (out / LABS).iterdir() if p.is_dir()) if update and (out / LABS).is_dir() else []
    chosen = sorted(set(present) | set(labs or [])) if update else labs
    with tempfile.TemporaryDirectory(prefix="mcl-edition-") as scratch:
        fresh = build(Path(scratch) / "edition", sources, chosen)
        problems = leaks(fresh)
        if problems:
            raise EditionError("the edition would leak:\n" + "\n".join(problems))
        if not update:
            build(out, sources, chosen)  # refuses a non-empty folder
            _git(out, "init", "--quiet")
        else:
            _replace_tracked(out, fresh)
        # Only what the build wrote, and the removals: an instructor's own untracked files stay out.
        _git(out, "add", "--update")
        built = [path.relative_to(fresh).as_posix() for path in fresh.rglob("*") if path.is_file()]
        _git(out, "add", "--", *built)
    if not _git(out, "diff", "--cached", "--name-only"):
        return "nothing changed since the last release"
    added = sorted(set(chosen or os.listdir(out / LABS)) - set(present))
    message = f"Release {', '.join(added)}" if added else "Update the released labs"
    _git(out, "commit", "--quiet", "-m", message)
    return _git(out, "log", "-1", "--format=%h %s")


def _replace_tracked(out: Path, fresh: Path) -> None:
    """Make ``out``'s tracked files those of ``fresh``, leaving untracked and ignored files alone."""
    for name in _git(out, "ls-files", "-z").split("\0"):
        if name and not (fresh / name).exists():
            (out / name).unlink(missing_ok=True)
    for path in sorted(fresh.rglob("*")):
        if path.is_file():
            target = out / path.relative_to(fresh)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)


def _git(repo: Path, *args: str) -> str:
    # An instructor's own identity signs the commits; a machine with none configured gets the course's.
    env = {
        "GIT_AUTHOR_NAME": "Model Compression Labs",
        "GIT_AUTHOR_EMAIL": "course@model-compression-labs.invalid",
        "GIT_COMMITTER_NAME": "Model Compression Labs",
        "GIT_COMMITTER_EMAIL": "course@model-compression-labs.invalid",
    }
    configured = subprocess.run(["git", "-C", str(repo), "config", "user.name"], capture_output=True, text=True)
    environment = os.environ if configured.stdout.strip() else {**os.environ, **env}
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, env=environment)
    if done.returncode != 0:
        raise EditionError(f"git {' '.join(args)} failed in {repo}: {done.stderr.strip()}")
    return done.stdout.strip()


def _write_student_tools(package: Path, source: Path) -> None:
    """The student ``autograder`` package: :data:`STUDENT_MODULES` copied unchanged, and its own entry points."""
    package.mkdir()
    for name in STUDENT_MODULES:
        shutil.copyfile(source / name, package / name)
    for name, text in _student_generated().items():
        (package / name).write_text(text, encoding="utf-8")


def _student_generated() -> dict[str, str]:
    return {"__init__.py": STUDENT_INIT, "__main__.py": STUDENT_MAIN}


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


def _student_pyproject(path: Path, packages: list[str]) -> str:
    """The repository's pyproject, installing ``packages`` (``utils``, and a course's ``course_utils``) and the
    student tools, without the autograder's extras."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'name = "model-compression-labs"', 'name = "model-compression-labs-student"', text)
    include = ", ".join(f'"{name}*"' for name in [*packages, PACKAGE])
    text = re.sub(r"include = \[[^\]]*\]", f"include = [{include}]", text)
    text = re.sub(r"\n\[tool\.pytest[\s\S]*?(?=\n\[|\Z)", "\n", text)
    return text


def leaks(edition: Path, root: Path = REPO_ROOT) -> list[str]:
    """What the edition holds that students must not see: solutions, hidden tests, reference bodies, and any
    part of the autograder beyond the student tools (which must be exactly :data:`STUDENT_MODULES` as in
    ``root``, and the edition's own ``__init__`` and ``__main__``)."""
    problems = []
    for forbidden in (SOLUTIONS, "tests"):
        if (edition / forbidden).exists():
            problems.append(f"{edition / forbidden} is in the student edition")
    problems += _tool_leaks(edition / PACKAGE, root / PACKAGE)
    vetted = {edition / PACKAGE / name for name in STUDENT_MODULES}  # cells.py names the markers; it is vetted
    for path in sorted(edition.rglob("*")):
        if path.is_dir() and path.name in ("mistakes", "alternatives"):
            problems.append(f"{path} holds a lab's audit variants (alternatives are correct answers)")
        if path.is_file() and path.suffix in (".py", ".ipynb", ".md", ".toml", ".yml") and path not in vetted:
            text = path.read_text(encoding="utf-8", errors="replace")
            problems += [f"{path} contains {marker!r}" for marker in cells.MARKERS if marker in text]
    for path in sorted([*(edition / "utils").rglob("*.py"), *(edition / COURSE_UTILS).rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and any(_is_marker(d) for d in node.decorator_list):
                body = node.body[1:] if ast.get_docstring(node) is not None else node.body
                if len(body) != 1 or not isinstance(body[0], ast.Raise):
                    problems.append(f"{path}: the reference {node.name} still has its implementation")
    return problems


def _tool_leaks(package: Path, source: Path) -> list[str]:
    """Anything in the edition's ``autograder`` beyond the student tools, or a tool that differs from ours."""
    if not package.exists():
        return []
    expected = {name: (source / name).read_bytes() for name in STUDENT_MODULES}
    expected.update({name: text.encode("utf-8") for name, text in _student_generated().items()})
    stems = {Path(name).stem for name in expected}
    problems = []
    for path in sorted(package.rglob("*")):
        relative = path.relative_to(package)
        if relative.parts[0] == "__pycache__" and (path.is_dir() or path.name.split(".")[0] in stems):
            continue  # bytecode of a student tool
        if path.is_dir() or relative.as_posix() not in expected:
            problems.append(f"{path} is in the student edition (only the student tools may ship)")
        elif path.read_bytes() != expected[relative.as_posix()]:
            problems.append(f"{path} differs from the student tool it should be")
    return problems
