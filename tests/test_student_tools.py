"""The student tools: ``validate`` (a notebook run the way the grader runs it) and ``workspace`` (the work folder).

Three notebook executions in all (about 15 s each): a solved notebook, a broken one, and the untouched release
validated from a freshly built student edition.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from lab_points import LAB00_FUNCTIONS

from autograder import cells, edition, validate, workspace
from autograder.release import REPO_ROOT

LAB = "lab00"
RELEASE = REPO_ROOT / "labs" / LAB / f"{LAB}.ipynb"
SOURCE = REPO_ROOT / "solutions" / LAB / f"{LAB}.ipynb"
MISTAKE = REPO_ROOT / "solutions" / LAB / "mistakes" / "magnitude_mask" / "int_truncation.py"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _solved() -> nbformat.NotebookNode:
    """The release with every answer cell holding the solution (markers removed), as a correct student writes it."""
    notebook = nbformat.read(RELEASE, as_version=4)
    solutions = cells.by_grade_id(nbformat.read(SOURCE, as_version=4))
    for cell in notebook.cells:
        if cells.is_answer(cell):
            cell.source = cells.without_markers(solutions[cells.grade_id(cell)].source)
    return notebook


def _course(tmp_path: Path, notebook: nbformat.NotebookNode) -> Path:
    """A course folder with the release in labs/ and ``notebook`` as the student's work/lab00/lab00.ipynb."""
    (tmp_path / "labs" / LAB).mkdir(parents=True)
    shutil.copy(RELEASE, tmp_path / "labs" / LAB / RELEASE.name)
    path = tmp_path / "work" / LAB / RELEASE.name
    path.parent.mkdir(parents=True)
    nbformat.write(notebook, path)
    return path


# --- validate ------------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_solved_notebook_is_ready_to_submit(tmp_path, capsys, monkeypatch):
    path = _course(tmp_path, _solved())
    monkeypatch.chdir(tmp_path)
    assert validate.main([str(path.relative_to(tmp_path))]) == validate.EXIT_READY
    out = capsys.readouterr().out
    assert "release: labs/lab00/lab00.ipynb" in out  # found next to the work folder
    assert out.count("visible checks passed") == LAB00_FUNCTIONS and "Ready to submit" in out.splitlines()[-1]
    assert "Hidden tests run only when your notebook is graded" in out


def _broken() -> nbformat.NotebookNode:
    """Every kind of accident at once: the report must name each."""
    notebook = _solved()
    by_id = {cells.grade_id(c): c for c in notebook.cells if cells.grade_id(c)}
    by_id["magnitude_mask"].source = MISTAKE.read_text().split("\n", 3)[3]  # int() where round() is specified
    by_id["conv2d_macs"].source += "\n\n1 / 0\n"  # the function is defined, then the cell crashes
    by_id["sparsity_report"].source = nbformat.read(RELEASE, as_version=4).cells[12].source  # back to the stub
    by_id["test_magnitude_mask"].metadata["nbgrader"]["points"] = 30
    by_id["test_prune_model"].source = "pass"
    notebook.cells.remove(by_id["filter_l2_mask"])
    copy = nbformat.from_dict(json.loads(json.dumps(by_id["test_cubic_sparsity"])))
    copy["id"] = "a-copy"
    notebook.cells.insert(notebook.cells.index(by_id["test_cubic_sparsity"]) + 1, copy)
    notebook.cells.insert(3, nbformat.v4.new_code_cell("import no_such_module_here"))
    notebook.cells.append(nbformat.v4.new_code_cell("print(dense_model)"))  # defined in an experiment cell
    notebook.cells.append(nbformat.v4.new_code_cell("print(dense_modle)"))  # a typo: defined nowhere
    return notebook


@pytest.mark.slow
def test_broken_notebook_has_each_problem_reported_in_plain_words(tmp_path, monkeypatch):
    notebook = _broken()
    assert cells.grade_id(nbformat.read(RELEASE, as_version=4).cells[12]) == "sparsity_report"
    path = _course(tmp_path, notebook)
    monkeypatch.chdir(tmp_path)
    report = validate.validate_notebook(path)
    text = validate.format_report(report)
    assert not report.ready and report.unfinished == ["sparsity_report"]
    assert "missing answer cells: filter_l2_mask: copy them back from the release, labs/lab00/lab00.ipynb" in text
    assert "duplicated grade cells: test_cubic_sparsity" in text
    assert "edited nbgrader metadata: test_magnitude_mask claims 30 points" in text
    assert "changed test cell: test_prune_model" in text
    assert "your answer cell conv2d_macs raised ZeroDivisionError: division by zero" in text
    assert "a cell you added (import no_such_module_here) raised ModuleNotFoundError" in text
    assert "sparsity_report still raises NotImplementedError" in text
    assert "test_sparsity_report (2 points): not attempted yet" in text
    assert re.search(r"test_magnitude_mask \(3 points\): a visible check failed: .*", text)
    assert "int() (which truncates)" in text  # the failed check names the mistake
    assert "test_filter_l2_mask (3 points): NameError: name 'filter_l2_mask' is not defined" in text
    assert "a cell you added (print(dense_model)) raised NameError: name 'dense_model' is not defined" in text
    assert "About the NameError (dense_model): experiment cells do not run when your notebook is graded" in text
    assert "About the NameError (dense_modle): no cell the grader runs defines it, nor does any experiment" in text
    assert "test_conv2d_macs (3 points): visible checks passed" in text
    assert text.splitlines()[-1] == f"{len(report.problems)} problem(s) to fix before you submit."
    assert "Traceback" not in text


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b'{"cells": [', "is not valid JSON (line 1, column 12)"),
        (b"\xff\xfe not text", "is not UTF-8 text"),
        (b"[1, 2]", "is JSON but not a Jupyter notebook"),
        (None, "does not exist"),
    ],
)
def test_unreadable_notebook_gets_one_sentence_and_exit_2(tmp_path, capsys, content, says):
    path = tmp_path / "work" / LAB / RELEASE.name
    path.parent.mkdir(parents=True)
    if content is not None:
        path.write_bytes(content)
    assert validate.main([str(path), "--release", str(RELEASE)]) == validate.EXIT_UNREADABLE
    captured = capsys.readouterr()
    assert says in captured.err and len(captured.err.strip().splitlines()) == 1 and not captured.out


def test_other_lab_or_no_release_is_refused_before_running(tmp_path, capsys):
    other = REPO_ROOT / "labs" / "lab01" / "lab01.ipynb"
    assert validate.main([str(other), "--release", str(RELEASE)]) == validate.EXIT_UNREADABLE
    assert "has none of lab00's graded cells" in capsys.readouterr().err
    lone = tmp_path / "lab00.ipynb"
    shutil.copy(RELEASE, lone)
    with pytest.raises(validate.NotebookError, match="Cannot find the release of lab00"):
        validate.find_release(lone, cwd=tmp_path)
    assert validate.find_release(RELEASE) == RELEASE  # the release validates against itself


# --- workspace -----------------------------------------------------------------------------------------------------


def test_workspace_copies_once_and_never_overwrites(tmp_path, capsys):
    labs, work = tmp_path / "labs", tmp_path / "work"
    (labs / "lab00" / "data").mkdir(parents=True)
    (labs / "lab00" / "lab00.ipynb").write_text("release v1")
    (labs / "lab00" / "data" / "table.csv").write_text("a,b\n")
    (labs / "lab00" / ".ipynb_checkpoints").mkdir()
    (labs / "lab00" / ".ipynb_checkpoints" / "lab00-checkpoint.ipynb").write_text("checkpoint")
    first = workspace.prepare_workspace(labs, work)
    assert sorted(map(str, first.copied)) == ["lab00/data/table.csv", "lab00/lab00.ipynb"]
    assert not first.kept and not first.release_changed and not (work / "lab00" / ".ipynb_checkpoints").exists()

    (work / "lab00" / "lab00.ipynb").write_text("my answers")  # the student works
    (labs / "lab00" / "data" / "table.csv").write_text("a,b\n1,2\n")  # git pull: a fixed release...
    (labs / "lab01").mkdir()
    (labs / "lab01" / "lab01.ipynb").write_text("new lab")  # ...and a new lab
    second = workspace.prepare_workspace(labs, work)
    assert [str(p) for p in second.copied] == ["lab01/lab01.ipynb"]
    assert [str(p) for p in second.kept] == ["lab00/lab00.ipynb"]
    assert [str(p) for p in second.release_changed] == ["lab00/data/table.csv"]
    assert (work / "lab00" / "lab00.ipynb").read_text() == "my answers"
    assert (work / "lab00" / "data" / "table.csv").read_text() == "a,b\n"
    assert (work / "lab01" / "lab01.ipynb").read_text() == "new lab"

    assert workspace.main(["--labs", str(labs), "--work", str(work)]) == 0
    out = capsys.readouterr().out
    assert "Kept 3 file(s)" in out and "changed since you copied them" in out and "table.csv" in out


def _jupyter(config_dir: Path, *args: str) -> str:
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(config_dir), "NO_COLOR": "1"}
    jupyter = Path(sys.executable).with_name("jupyter")
    done = subprocess.run([str(jupyter), *args], env=env, capture_output=True, text=True, timeout=120, check=True)
    return ANSI.sub("", done.stdout + done.stderr)


def _effective_nbgrader_servers(config: Path) -> list[str]:
    """The nbgrader server extensions a server started with this JUPYTER_CONFIG_DIR loads (every folder merged)."""
    effective = (
        "from jupyter_server.serverapp import ServerApp\n"
        "app = ServerApp(); app.load_config_file(); app.find_server_extensions()\n"
        "print(sorted(k.rsplit('.', 1)[1] for k, v in app.jpserver_extensions.items() if v and 'nbgrader' in k))"
    )
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(config)}
    done = subprocess.run([sys.executable, "-c", effective], env=env, capture_output=True, text=True, timeout=120)
    return json.loads(done.stdout.strip().splitlines()[-1].replace("'", '"'))


@pytest.mark.slow  # four Jupyter processes: about 15 s
def test_student_jupyter_config_turns_off_nbgrader_instructor_tools(tmp_path, capsys, monkeypatch):
    config = tmp_path / "work" / workspace.CONFIG_DIR
    (config / "labconfig").mkdir(parents=True)
    (config / "labconfig" / "page_config.json").write_text('{"disabledExtensions": {"mine": true}}')
    monkeypatch.delenv("JUPYTERHUB_USER", raising=False)
    assert workspace.main(["--work", str(tmp_path / "work"), "--print-config-dir"]) == 0
    assert capsys.readouterr().out.strip() == str(config.resolve())
    page = json.loads((config / "labconfig" / "page_config.json").read_text())["disabledExtensions"]
    assert page["mine"] is True, "a student's own setting stays"
    off = {name for name, disabled in page.items() if disabled and name.startswith("@jupyter/nbgrader:")}
    laptop = {"formgrader", "course-list", "create-assignment", "assignment-list"}
    assert off == {f"@jupyter/nbgrader:{name}" for name in laptop}
    labs = _jupyter(config, "labextension", "list")
    assert "@jupyter/nbgrader:formgrader" in labs and "@jupyter/nbgrader:validate-assignment" not in labs
    assert "@jupyterlab/apputils-extension:announcements" in labs, "no news prompt in a course"
    # On a laptop there is no exchange, so only nbgrader's validate button stays.
    assert _effective_nbgrader_servers(config) == ["validate_assignment"]

    # On a JupyterHub the assignment list is the fetch and submit screen: it stays; the instructor tools go.
    monkeypatch.setenv("JUPYTERHUB_USER", "alice")
    assert workspace.main(["--work", str(tmp_path / "work"), "--print-config-dir"]) == 0
    page = json.loads((config / "labconfig" / "page_config.json").read_text())["disabledExtensions"]
    assert page["@jupyter/nbgrader:assignment-list"] is False and page["@jupyter/nbgrader:formgrader"] is True
    assert _effective_nbgrader_servers(config) == ["assignment_list", "validate_assignment"]


# --- the student edition ---------------------------------------------------------------------------------------


@pytest.mark.slow
def test_student_edition_ships_validate_and_workspace_only(tmp_path):
    out = edition.build(tmp_path / "edition")
    assert edition.leaks(out) == []
    shipped = {p.name for p in (out / "autograder").iterdir()}
    assert shipped == {"__init__.py", "__main__.py", *edition.STUDENT_MODULES}
    assert "work/" in (out / ".gitignore").read_text().splitlines()
    (out / "autograder" / "judge.py").write_text("")
    assert edition.leaks(out) == [
        f"{out / 'autograder' / 'judge.py'} is in the student edition (only the student tools may ship)"
    ]
    (out / "autograder" / "judge.py").unlink()

    env = {**os.environ, "PYTHONPATH": str(out)}

    def run(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "autograder", *args]
        return subprocess.run(command, cwd=out, env=env, capture_output=True, text=True, timeout=300)

    assert run("audit").returncode == 2  # no grading commands here
    made = run("workspace")
    assert made.returncode == 0 and (out / "work" / LAB / RELEASE.name).is_file(), made.stderr
    checked = run("validate", f"work/{LAB}/{LAB}.ipynb")
    assert checked.returncode == validate.EXIT_PROBLEMS, checked.stderr
    report = checked.stdout
    assert "release: labs/lab00/lab00.ipynb" in report and report.count("not attempted yet") == LAB00_FUNCTIONS
    for name in ("magnitude_mask", "prune_model", "cubic_sparsity"):
        assert f"{name} still raises NotImplementedError" in report
    assert report.splitlines()[-1] == f"{LAB00_FUNCTIONS} problem(s) to fix before you submit."
    where = subprocess.run(
        [sys.executable, "-c", "import autograder; print(autograder.__file__)"],
        cwd=out,
        env=env,
        capture_output=True,
        text=True,
    )
    assert where.stdout.strip() == str(out / "autograder" / "__init__.py")
