"""The lab kit: one set of promises, checked for every lab in ``solutions/``. A new lab gets all of it by existing.

* its release is fresh and leaks nothing;
* its notebook has the shape the grader relies on (answer and test cells paired, 2-6 checks with ids per
  test cell, hidden checks that name no expected value, no bare ``assert``, points that match the intro);
* the audit passes: the solution gets full marks through the real grading path, every declared mistake
  loses points with a message that names it, and every alternative gets full marks;
* the whole notebook runs clean in grading mode on the student edition.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys

import nbformat
import pytest
from nbclient import NotebookClient

from autograder import audit, cells, edition, grader, release
from autograder.release import LABS, REPO_ROOT, SOLUTIONS

LAB_NAMES = release.available_labs()
CHECKS = {"check_tensor", "check_scalar", "check_equal", "check_raises", "check_own_code"}
EXPECTED_ARGUMENT = {"check_tensor": 2, "check_scalar": 2, "check_equal": 2}  # index of `expected` among positionals


def _source(lab: str) -> nbformat.NotebookNode:
    return grader.LabNotebooks.load(REPO_ROOT / SOLUTIONS / lab, REPO_ROOT / LABS / lab).source


def _check_calls(source: str) -> list[tuple[str, ast.Call]]:
    """``(region, call)`` for each check call in a test cell's source; region is public or hidden."""
    lines = cells.regions(source)
    found = []
    tree = ast.parse("\n".join(line for _, line in lines))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CHECKS:
            found.append((lines[node.lineno - 1][0], node))
    return found


@pytest.mark.parametrize("lab", LAB_NAMES)
def test_release_is_fresh_and_leaks_nothing(lab):
    assert release.check(lab) == ([], [])


@pytest.mark.parametrize("lab", LAB_NAMES)
def test_every_answer_cell_has_a_test_cell_worth_points(lab):
    source = _source(lab)
    answers = [cells.grade_id(c) for c in source.cells if cells.is_answer(c)]
    tests = [cells.grade_id(c) for c in source.cells if cells.is_test(c)]
    assert answers, f"{lab} has no graded function"
    assert tests == [f"test_{a}" for a in answers], "each answer cell `f` is followed by its test cell `test_f`"
    assert all(cells.points(c) > 0 for c in source.cells if cells.is_test(c))
    total = sum(cells.points(c) for c in source.cells if cells.is_test(c) or cells.is_manual(c))
    intro = source.cells[0].source
    assert f"({total:g} points)" in intro, f"the introduction must state the total ({total:g} points)"


@pytest.mark.parametrize("lab", LAB_NAMES)
def test_test_cells_use_checks_with_ids_and_hidden_checks_name_no_expected_value(lab):
    ids = []
    for cell in _source(lab).cells:
        if not cells.is_test(cell):
            continue
        gid = cells.grade_id(cell)
        tree = ast.parse("\n".join(line for _, line in cells.regions(cell.source)))
        assert not any(isinstance(n, ast.Assert) for n in ast.walk(tree)), (
            f"{gid}: use a check helper instead of `assert`, so the judge can score it"
        )
        calls = _check_calls(cell.source)
        assert 2 <= len(calls) <= 6, f"{gid} has {len(calls)} checks; a test cell holds 2 to 6"
        for region, call in calls:
            first = call.args[0] if call.args else None
            assert isinstance(first, ast.Constant) and isinstance(first.value, str), f"{gid}: a check's id is a string"
            assert first.value.startswith(gid.removeprefix("test_") + "/"), (
                f"{gid}: check id {first.value!r} must start with the function's name and '/'"
            )
            ids.append(first.value)
            position = EXPECTED_ARGUMENT.get(call.func.id)
            names_expected = position is not None and (
                len(call.args) > position or any(k.arg == "expected" for k in call.keywords)
            )
            if region == "hidden":
                assert not names_expected, f"{first.value}: a hidden check names no expected value"
            else:
                assert names_expected or position is None, f"{first.value}: a visible check names its expected value"
    assert len(ids) == len(set(ids)), "check ids are unique in the lab"


@pytest.mark.parametrize("lab", LAB_NAMES)
def test_setup_cell_names_a_students_file_that_hides_the_course_package(lab, tmp_path):
    setup = next(c for c in _source(lab).cells if cells.is_setup(c))
    code = "\n".join(line for line in setup.source.splitlines() if not line.lstrip().startswith("%"))
    (tmp_path / "utils.py").write_text("def helper():\n    pass\n")
    # Jupyter puts the notebook's folder first on sys.path, as `python -c` does with the working directory.
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert f"{tmp_path / 'utils.py'} hides the course's utils package" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("lab", LAB_NAMES)
def test_audit_catches_every_mistake_and_fails_no_alternative(lab):
    report = audit.audit(lab, log=lambda line: None)
    text = audit.format_report(report)
    solution = next(o for o in report.outcomes if o.variant.kind == "solution")
    assert solution.score == solution.max_score, text
    assert sum(o.variant.kind == "mistake" for o in report.outcomes) >= 30, "declare at least 30 mistakes"
    declared = [o for o in report.outcomes if o.variant.kind == "alternative" and not o.variant.automatic]
    assert len(declared) >= 10, "declare at least 10 alternatives"
    assert any(o.variant.automatic for o in report.outcomes), "the audit adds an alternative that draws global RNGs"
    assert report.ok, text


@pytest.mark.slow
@pytest.mark.parametrize("lab", LAB_NAMES)
def test_solved_notebook_runs_clean_in_grading_mode_on_the_student_edition(lab, tmp_path, monkeypatch):
    notebooks = grader.LabNotebooks.load(REPO_ROOT / SOLUTIONS / lab, REPO_ROOT / LABS / lab)
    student_edition = edition.build(tmp_path / "edition")
    notebook = audit.solved_notebook(notebooks)
    monkeypatch.setenv("NBGRADER_EXECUTION", "validate")
    monkeypatch.setenv("PYTHONPATH", str(student_edition))
    folder = student_edition / LABS / lab
    NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    ).execute()
    errors = [
        (cells.grade_id(c) or c.get("id"), o.ename)
        for c in notebook.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "error"
    ]
    assert errors == []
    printed = "\n".join(o.get("text", "") for c in notebook.cells if c.cell_type == "code" for o in c.outputs)
    assert "grading mode: True" in printed
    assert re.search(r"Visible tests passed", printed)
