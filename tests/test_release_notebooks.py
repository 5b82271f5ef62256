"""Released notebooks open in JupyterLab unchanged: they hold the ``language_info`` the kernel reports.

JupyterLab writes the kernel's ``language_info`` into a notebook when its kernel starts and marks the
notebook changed if that differs from the file; a lab released with ``{"name": "python"}`` opened already
marked as changed (seen in Chromium on a JupyterHub, scripts/hub/run_hub.py).
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from autograder import release

PYTHON_KERNEL = {"name": "python3", "language": "python", "display_name": "Python 3 (ipykernel)"}


def _without_version(info: dict) -> dict:
    """``language_info`` less the Python version, which is that of whoever generated the release."""
    return {key: value for key, value in info.items() if key != "version"}


def _write(path: Path, kernelspec: dict, language_info: dict) -> Path:
    metadata = {"kernelspec": kernelspec, "language_info": language_info}
    nbformat.write(
        nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1", id="only")], metadata=metadata), path
    )
    return path


def test_settling_writes_the_kernels_language_info_into_python_notebooks_only(tmp_path):
    python = _write(tmp_path / "python.ipynb", PYTHON_KERNEL, {"name": "python"})
    other = _write(tmp_path / "r.ipynb", {"name": "ir", "language": "R", "display_name": "R"}, {"name": "R"})
    release.settle_language_info(python)
    release.settle_language_info(other)
    info = nbformat.read(python, as_version=4).metadata.language_info
    assert info == release.kernel_language_info()
    assert {"codemirror_mode", "file_extension", "mimetype", "pygments_lexer", "version"} <= set(info)
    assert nbformat.read(other, as_version=4).metadata.language_info == {"name": "R"}


def test_a_release_generated_on_another_python_version_is_not_stale(tmp_path):
    (tmp_path / "fresh").mkdir()
    (tmp_path / "committed").mkdir()
    info = release.kernel_language_info()
    _write(tmp_path / "fresh" / "lab.ipynb", PYTHON_KERNEL, info)
    _write(tmp_path / "committed" / "lab.ipynb", PYTHON_KERNEL, {**info, "version": "3.10.1"})
    assert release.stale_files(tmp_path / "fresh", tmp_path / "committed") == []
    _write(tmp_path / "committed" / "lab.ipynb", PYTHON_KERNEL, {"name": "python"})
    assert release.stale_files(tmp_path / "fresh", tmp_path / "committed")  # released before the fix: regenerate


@pytest.mark.parametrize(
    "notebook", sorted(release.REPO_LABS.labs.glob("*/*.ipynb")), ids=lambda path: path.parent.name
)
def test_released_labs_hold_the_kernels_language_info(notebook):
    info = nbformat.read(notebook, as_version=4).metadata.get("language_info", {})
    assert _without_version(info) == _without_version(release.kernel_language_info()), (
        f"{notebook} would open in JupyterLab already marked as changed: "
        f"run `python -m autograder generate {notebook.parent.name}`"
    )
