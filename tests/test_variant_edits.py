"""A lab's mistake and alternative files may hold only what differs from the solution's answer cell (``.edit``)."""

from __future__ import annotations

import nbformat
import pytest
from test_external_course import LAB, write_course

from autograder import audit, cells

EDIT = """# mistake: adds 2 instead of doubling
# expect: add 2 instead of doubling
# wrong on: double(3): returns 5 instead of 6
<<<<<<< solution
    return FACTOR * x
=======
    return x + 2
>>>>>>> mistake
"""


def _lab(tmp_path):
    return write_course(tmp_path / "course").source(LAB)


def test_an_edit_is_the_solution_cell_with_its_blocks_applied(tmp_path):
    lab = _lab(tmp_path)
    (lab / "mistakes" / "double" / "adds_two.py").unlink()
    (lab / "mistakes" / "double" / "adds_two.edit").write_text(EDIT)
    variants, problems = audit.load_variants(lab)
    mistake = next(v for v in variants if v.kind == "mistake")
    assert problems == [] and (mistake.name, mistake.expect) == ("adds_two", "add 2 instead of doubling")
    assert mistake.wrong_on == "double(3): returns 5 instead of 6"
    assert mistake.source.endswith('    """``x`` times the course\'s FACTOR (2)."""\n    return x + 2\n')
    assert "FACTOR * x" not in mistake.source and mistake.source.startswith("# mistake: adds 2")


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("<<<<<<< solution\n    return 3 * x\n=======\n    return x\n>>>>>>> mistake\n", "occurs 0 times"),
        ("<<<<<<< solution\n    return FACTOR * x\n=======\n", "needs whole blocks"),
        ("return x\n", "outside a '<<<<<<< solution' block"),
        ("<<<<<<< solution\n=======\n    return x\n>>>>>>> mistake\n", "empty solution side"),
    ],
)
def test_a_stale_or_broken_edit_is_a_problem_that_names_its_file(tmp_path, body, problem):
    lab = _lab(tmp_path)
    path = lab / "mistakes" / "double" / "stale.edit"
    path.write_text("# mistake: stale\n# expect: x\n" + body)
    variants, problems = audit.load_variants(lab)
    assert [v.name for v in variants if v.kind == "mistake"] == ["adds_two"]
    assert len(problems) == 1 and problems[0].startswith(f"{path}: ") and problem in problems[0]


def test_compacting_rewrites_only_what_is_much_shorter_and_grades_the_same_source(tmp_path):
    lab = _lab(tmp_path)
    notebook_path = lab / f"{LAB}.ipynb"
    notebook = nbformat.read(notebook_path, as_version=4)
    answer = next(c for c in notebook.cells if cells.grade_id(c) == "double")
    answer.source = answer.source.replace('(2)."""', "(2).\n" + "    More words.\n" * 30 + '    """')
    nbformat.write(notebook, notebook_path)
    long_cell = audit.answer_cells(lab)["double"].replace("FACTOR * x", "x + 2")
    (lab / "mistakes" / "double" / "long.py").write_text("# mistake: long\n# expect: add 2\n" + long_cell + "\n")
    before = {v.name: v.source for v in audit.load_variants(lab)[0]}

    rewritten = audit.compact_lab(lab)
    assert [path.name for path, _, _ in rewritten] == ["long.edit"]  # adds_two.py is shorter than its .edit
    assert not (lab / "mistakes" / "double" / "long.py").exists()
    assert (lab / "mistakes" / "double" / "long.edit").read_text() == (
        "# mistake: long\n# expect: add 2\n<<<<<<< solution\n    return FACTOR * x\n=======\n    return x + 2\n"
        ">>>>>>> mistake\n"
    )
    assert {v.name: v.source for v in audit.load_variants(lab)[0]} == before
    assert audit.compact_lab(lab) == []


def test_compacting_gives_variants_the_solutions_docstrings_and_shortens_stale_edits(tmp_path):
    lab = _lab(tmp_path)
    notebook_path = lab / f"{LAB}.ipynb"
    notebook = nbformat.read(notebook_path, as_version=4)
    answer = next(c for c in notebook.cells if cells.grade_id(c) == "double")
    answer.source = answer.source.replace('(2)."""', "(2).\n" + "    Today's words.\n" * 20 + '    """')
    nbformat.write(notebook, notebook_path)
    solution = audit.answer_cells(lab)["double"]
    stale = solution.replace("Today's words.", "Old words.").replace("FACTOR * x", "x + 2")
    folder = lab / "mistakes" / "double"
    (folder / "stale.py").write_text("# mistake: stale docstring\n# expect: add 2\n" + stale + "\n")
    old_edit = audit.compact(audit.answer_cells(lab), "double", stale, folder / "stale_edit.edit", "mistake")
    (folder / "stale_edit.edit").write_text("# mistake: stale edit\n# expect: add 2\n" + old_edit)
    undocumented = "def double(x: int) -> int:\n    return x + 2"
    assert audit.with_solution_docstrings(undocumented, solution) == solution.replace("FACTOR * x", "x + 2")
    other = 'def other(x):\n    """Mine."""\n    return x'
    assert audit.with_solution_docstrings(other, solution) == other  # the solution does not define it

    broken = "# mistake: stale\n# expect: x\n<<<<<<< solution\n    gone\n=======\n>>>>>>> mistake\n"
    (folder / "broken.edit").write_text(broken)  # its block matches nothing: left as it is, for the audit to name
    rewritten = {path.name: (before, after) for path, before, after in audit.compact_lab(lab)}
    assert set(rewritten) == {"stale.edit", "stale_edit.edit"} and not (folder / "stale.py").exists()
    assert all(after < before / 3 for before, after in rewritten.values())
    assert (folder / "broken.edit").read_text() == broken
    body = "<<<<<<< solution\n    return FACTOR * x\n=======\n    return x + 2\n>>>>>>> mistake\n"
    assert (folder / "stale.edit").read_text() == "# mistake: stale docstring\n# expect: add 2\n" + body
    assert (folder / "stale_edit.edit").read_text() == "# mistake: stale edit\n# expect: add 2\n" + body
    graded = {v.name: v.source for v in audit.load_variants(lab)[0]}
    assert graded["stale"].split("\n", 1)[1] == graded["stale_edit"].split("\n", 1)[1]  # all but the mistake line
    assert "Old words" not in graded["stale"]


def test_compacting_keeps_the_solutions_layout_where_only_layout_differs():
    solution = "def f(a, b,\n      c):\n    # why\n    return (a +\n            b) * c"
    formatted = "def f(a, b, c):\n    # why\n    return (a + b) * c"
    assert audit.in_solution_layout(formatted, solution) == solution
    bug = "def f(a, b, c):\n    # why\n    return (a + b) + c"
    assert audit.in_solution_layout(bug, solution) == "def f(a, b,\n      c):\n    # why\n    return (a + b) + c"
    commented = "def f(a, b, c):\n    # why not\n    return (a + b) * c"  # a changed comment is kept, with its run
    assert audit.in_solution_layout(commented, solution).endswith("    # why not\n    return (a + b) * c")
