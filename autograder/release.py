"""Generate the student release (``labs/``) from the sources (``solutions/``) and check it; where a course's labs live.

Generation is nbgrader's ``generate_assignment``, configured by ``nbgrader_config.py``
beside this file. The check regenerates into a scratch copy and compares, so a
stale ``labs/`` fails CI, and it looks for anything of the solutions or hidden
tests that made it into the release.

A course's labs live in a *solutions root* (:class:`LabSources`): this repository's ``solutions/`` by default,
or a folder of the course's own, kept anywhere (``--solutions DIR``). Beside it, in the same parent folder, are
its releases (``labs/``) and, if the course has some, its own Python package ``course_utils/``, which the
student edition ships beside ``utils`` and the solution runs with.
"""

from __future__ import annotations

import copy
import os
import shutil
import sys
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbgrader.apps import NbGraderAPI
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from autograder import cells

REPO_ROOT = Path(__file__).resolve().parent.parent
REPO_CONFIG = Path(__file__).with_name("nbgrader_config.py")
SOLUTIONS = "solutions"
LABS = "labs"
COURSE_UTILS = "course_utils"  # a course's own package, beside its solutions root: shipped like utils


class ReleaseError(RuntimeError):
    """nbgrader could not generate a release, or the committed release is wrong."""


@dataclass(frozen=True)
class LabSources:
    """Where a course keeps its labs: ``solutions`` holds one folder per lab (the nbgrader source notebook,
    ``mistakes/``, ``alternatives/``); the releases go to ``labs/`` beside it, and its own package, if any, is
    ``course_utils/`` beside it. The default is this repository's course."""

    solutions: Path = REPO_ROOT / SOLUTIONS

    @property
    def labs(self) -> Path:
        return self.solutions.parent / LABS

    @property
    def course_utils(self) -> Path | None:
        """The course's own package (``course_utils/`` beside the solutions root), or None when it has none."""
        folder = self.solutions.parent / COURSE_UTILS
        return folder if folder.is_dir() else None

    @property
    def python_path(self) -> str:
        """What the instructor's solution runs with: this repository (``utils``), and the course's package."""
        extra = [str(self.solutions.parent)] if self.course_utils else []
        return os.pathsep.join([str(REPO_ROOT), *extra])

    def source(self, lab: str) -> Path:
        return self.solutions / lab

    def release(self, lab: str) -> Path:
        return self.labs / lab

    def available(self) -> list[str]:
        """Names of the labs that have a source folder, sorted (``["lab00", ...]``)."""
        if not self.solutions.is_dir():
            raise ReleaseError(f"no solutions root {self.solutions}")
        return sorted(p.name for p in self.solutions.iterdir() if p.is_dir() and any(p.glob("*.ipynb")))

    def lab_dir(self, lab: str) -> Path:
        """The lab's source folder; raises with the labs there are when it does not exist."""
        if not self.source(lab).is_dir():
            raise ReleaseError(f"no source folder {self.source(lab)}; labs with sources: {self.available()}")
        return self.source(lab)


REPO_LABS = LabSources()  # this repository's own course


@contextmanager
def nbgrader_environment() -> Iterator[None]:
    """What nbgrader needs around its calls: the venv's ``bin/`` on PATH, and its SQLAlchemy warnings quiet.

    nbgrader checks the gradebook schema by running the ``alembic`` executable, which it finds on PATH; run as
    ``.venv/bin/python -m autograder`` without an activated venv, PATH lacks the venv's ``bin/``. Its gradebook
    queries trip SQLAlchemy 2's warnings about its relationship setup, which are not ours to fix.
    """
    saved = os.environ.get("PATH", "")
    bin_dir = str(Path(sys.executable).parent)
    if bin_dir not in saved.split(os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + saved
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", module=r"nbgrader\.")
            yield
    finally:
        os.environ["PATH"] = saved


def load_config(path: Path) -> Config:
    """Read an ``nbgrader_config.py`` file into a traitlets Config."""
    return PyFileConfigLoader(path.name, path=str(path.parent)).load_config()


def available_labs(sources: LabSources = REPO_LABS) -> list[str]:
    """Names of the labs that have a source folder, sorted (``["lab00", ...]``)."""
    return sources.available()


def run_generate(config: Config, lab: str) -> None:
    """Run nbgrader's ``generate_assignment`` for ``lab`` under ``config``; raise with nbgrader's log on failure."""
    with nbgrader_environment():
        result = NbGraderAPI(config=config).generate_assignment(lab, force=True, create=True)
    if not result["success"]:
        raise ReleaseError(f"nbgrader could not generate {lab}:\n{result.get('log', '')}\n{result.get('error', '')}")


def generate(lab: str, sources: LabSources = REPO_LABS) -> Path:
    """Write ``labs/<lab>`` from ``solutions/<lab>`` of ``sources``; return the release folder.

    nbgrader writes into a scratch course, and the release replaces ``labs/<lab>`` only when generation
    succeeded: a failed run leaves the committed release as it was. The gradebook that generation needs
    is a throwaway one, so nothing but the release is written.
    """
    source = sources.lab_dir(lab)
    config = load_config(REPO_CONFIG)
    target = sources.release(lab)
    with tempfile.TemporaryDirectory() as scratch:
        scratch_root = Path(scratch)
        shutil.copytree(source, scratch_root / SOLUTIONS / lab)
        config.CourseDirectory.root = str(scratch_root)
        config.CourseDirectory.db_url = f"sqlite:///{scratch_root / 'gradebook.db'}"
        run_generate(config, lab)
        for notebook in sorted((scratch_root / LABS / lab).glob("*.ipynb")):
            settle_language_info(notebook)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(scratch_root / LABS / lab, target)
    return target


def kernel_language_info() -> dict:
    """The ``language_info`` that ipykernel sends when a kernel starts (JupyterLab writes it into the notebook)."""
    from ipykernel.ipkernel import IPythonKernel

    return copy.deepcopy(IPythonKernel.language_info)


def settle_language_info(path: Path) -> None:
    """Write the kernel's ``language_info`` into a released Python notebook, so it opens unchanged.

    JupyterLab copies the kernel's ``language_info`` into the notebook as soon as the kernel starts and marks
    the notebook changed when that differs from what the file holds: a lab released with only
    ``{"name": "python"}`` opened already marked as changed, before the student touched it.
    """
    notebook = nbformat.read(path, as_version=4)
    if notebook.metadata.get("kernelspec", {}).get("language", "python") != "python":
        return
    notebook.metadata["language_info"] = kernel_language_info()
    nbformat.write(notebook, path)


def check(lab: str, sources: LabSources = REPO_LABS) -> tuple[list[str], list[str]]:
    """Problems with the committed release of ``lab`` (staleness, leaks), and warnings (saved outputs).

    It regenerates the release and compares; it runs no tests (``make test`` does). Jupyter's
    ``.ipynb_checkpoints`` are ignored, and a release notebook that differs only by outputs someone saved
    into it is a warning with its fix, not a problem.
    """
    committed = sources.release(lab)
    with tempfile.TemporaryDirectory() as scratch:
        scratch_sources = LabSources(Path(scratch) / SOLUTIONS)
        shutil.copytree(sources.lab_dir(lab), scratch_sources.source(lab), ignore=_CHECKPOINTS)
        fresh = generate(lab, scratch_sources)
        with_outputs = [p for p in sorted(committed.glob("*.ipynb")) if _has_outputs(p)]
        problems = [
            problem
            for problem in stale_files(fresh, committed)
            if not any(problem.startswith(f"{p} is stale") and _same_cells(fresh / p.name, p) for p in with_outputs)
        ]
    warnings_ = [
        f"{p} has saved outputs: clear them (Edit > Clear Outputs of All Cells, or "
        f"`jupyter nbconvert --clear-output --inplace {p}`), or run `python -m autograder generate {lab}`"
        for p in with_outputs
    ]
    return problems + leaks(sources.source(lab), committed), warnings_


_CHECKPOINTS = shutil.ignore_patterns(".ipynb_checkpoints")


def _has_outputs(path: Path) -> bool:
    try:
        notebook = nbformat.read(path, as_version=4)
    except Exception:
        return False  # an unreadable release is reported as stale
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    return any(cell.get("outputs") or cell.get("execution_count") for cell in code)


def _same_cells(fresh: Path, committed: Path) -> bool:
    """Whether two notebooks hold the same cells once outputs and execution counts are set aside."""

    def cells_of(path: Path) -> list[tuple[str, str, str]]:
        notebook = nbformat.read(path, as_version=4)
        return [(c.cell_type, c.source, str(c.get("metadata", {}).get("nbgrader"))) for c in notebook.cells]

    return cells_of(fresh) == cells_of(committed)


def stale_files(fresh: Path, committed: Path) -> list[str]:
    """How the release folder ``committed`` differs from the freshly generated ``fresh``, one line per file."""
    regenerate = f"run `python -m autograder generate {committed.name}` and commit {committed}"
    if not committed.is_dir():
        return [f"{committed} is missing: {regenerate}"]
    fresh_files = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()}
    committed_files = {
        p.relative_to(committed)
        for p in committed.rglob("*")
        if p.is_file() and ".ipynb_checkpoints" not in p.relative_to(committed).parts
    }
    problems = [f"{committed / name} is missing: {regenerate}" for name in sorted(fresh_files - committed_files)]
    problems += [
        f"{committed / name} is not generated from the source: delete it or add it to the source"
        for name in sorted(committed_files - fresh_files)
    ]
    for name in sorted(fresh_files & committed_files):
        if _content(fresh / name) != _content(committed / name):
            problems.append(f"{committed / name} is stale: {regenerate}")
    return problems


def _content(path: Path) -> object:
    # Notebooks compare as parsed JSON, so whitespace in how the file was written does not count, nor the
    # Python version in language_info (that of whoever generated the release).
    if path.suffix == ".ipynb":
        notebook = nbformat.read(path, as_version=4)
        notebook.metadata.get("language_info", {}).pop("version", None)
        return notebook
    return path.read_bytes()


def leaks(source: Path, release: Path) -> list[str]:
    """Solution or hidden-test lines of ``source`` notebooks that appear in the ``release`` notebooks."""
    problems = []
    for source_nb in sorted(source.glob("*.ipynb")):
        release_nb = release / source_nb.name
        if not release_nb.exists():
            continue
        released_text = "\n".join(cell.source for cell in nbformat.read(release_nb, as_version=4).cells)
        problems += [
            f"{release_nb} contains the marker {marker!r}" for marker in cells.MARKERS if marker in released_text
        ]
        released_lines = {line.strip() for line in released_text.splitlines()}
        for line in _secret_lines(nbformat.read(source_nb, as_version=4)):
            if line in released_lines:
                problems.append(f"{release_nb} leaks a solution or hidden-test line: {line!r}")
    return problems


def _secret_lines(notebook: nbformat.NotebookNode) -> set[str]:
    """Lines that the source has only between BEGIN/END SOLUTION or HIDDEN TESTS markers.

    A line that also appears outside those regions (say, a call repeated in an experiment)
    is public anyway. Short lines such as ``return mask`` are too common to count.
    """
    inside_lines, outside_lines = set(), set()
    for cell in notebook.cells:
        for region, line in cells.regions(cell.source):
            (outside_lines if region == "public" else inside_lines).add(line.strip())
    return {line for line in inside_lines - outside_lines if len(line) >= 25 and not line.startswith("#")}
