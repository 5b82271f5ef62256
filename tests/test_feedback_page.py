"""The feedback page, built without a grading run: hand grades, restored test cells, saved widgets."""

from __future__ import annotations

import nbformat

from autograder import feedback
from autograder.judge import CellScore, CheckResult, Judgement


def _cell(kind: str, source: str, grade_id: str, **flags) -> nbformat.NotebookNode:
    make = nbformat.v4.new_code_cell if kind == "code" else nbformat.v4.new_markdown_cell
    cell = make(source)
    cell.metadata["nbgrader"] = {"grade_id": grade_id, "locked": True, "schema_version": 3, **flags}
    return cell


def _lab() -> tuple[nbformat.NotebookNode, Judgement]:
    source = nbformat.v4.new_notebook(
        cells=[
            _cell("code", "def f():\n    return 1", "f", solution=True, grade=False),
            _cell(
                "code",
                "assert f() == 1\n### BEGIN HIDDEN TESTS\nassert f() != 2\n### END HIDDEN TESTS",
                "test_f",
                grade=True,
                points=2,
            ),
            _cell("markdown", "## Why?", "q1", solution=True, grade=True, points=2),
        ]
    )
    checks = [CheckResult("f/visible", True, False), CheckResult("f/hidden", False, True, "f(2) must not be 2")]
    return source, Judgement({"test_f": CellScore("test_f", 2.0, 1.0, checks)})


def test_a_deleted_test_cell_is_restored_with_its_verdicts_and_hidden_code_stays_hidden():
    source, judgement = _lab()
    submitted = nbformat.v4.new_notebook(cells=[source.cells[0], source.cells[2]])  # the test cell deleted
    html = feedback.render_html(feedback.feedback_notebook(submitted, source, judgement, "lab42"), "lab42")
    assert "missing from your notebook; the grader restored it" in html
    assert "f(2) must not be 2" in html and "assert f() != 2" not in html


def test_hand_grades_their_comments_and_the_total_reach_the_page():
    source, judgement = _lab()
    waiting = feedback.feedback_notebook(source, source, judgement, "lab42", {"q1": feedback.HandGrade(2.0, None)})
    text = feedback.render_html(waiting, "lab42")
    assert "1 not graded yet" in text and "Total:" not in text
    graded = {"q1": feedback.HandGrade(2.0, 1.5, "Name the <rule>.")}
    text = feedback.render_html(feedback.feedback_notebook(source, source, judgement, "lab42", graded), "lab42")
    assert "Graded by hand: 1.5 / 2." in text and "Total: 2.5 / 4." in text
    assert "Graded by hand: 1.5 of 2 points." in text and "Name the &lt;rule&gt;." in text
    assert "Why?</h2>" in text and "¶" not in text  # no anchor link after a heading on a page read offline


def test_saved_widgets_show_what_they_were_not_their_repr():
    widget = {"model_id": "m", "version_major": 2, "version_minor": 0}
    slider = nbformat.v4.new_output(
        "display_data",
        data={"text/plain": "interactive(children=(FloatSlider(value=0.5),))", feedback.WIDGET_MIME: widget},
    )
    bar = nbformat.v4.new_output(
        "display_data", data={"text/plain": "epochs:  40%|####  | 2/5 [00:01<00:02]", feedback.WIDGET_MIME: widget}
    )
    assert feedback._safe_output(slider)["text"].startswith("[an interactive control (FloatSlider)")
    assert feedback._safe_output(bar)["text"].startswith("[progress bar, as saved: epochs:  40%")


def test_a_cell_of_the_students_that_raised_in_the_grading_run_is_marked_with_its_error():
    source, judgement = _lab()
    answer = source.cells[0]
    own = nbformat.v4.new_code_cell("scale = undefined_name * 2")
    stub = nbformat.v4.new_code_cell("def g():\n    raise NotImplementedError()\ng()")
    forged = nbformat.v4.new_code_cell("print('fine')", metadata={feedback.RAISED: {"ename": "Fake", "evalue": "x"}})
    submitted = nbformat.v4.new_notebook(cells=[answer, own, stub, forged, source.cells[1], source.cells[2]])
    run_list = [{"source": c.source, "tag": "student"} for c in (answer, own, stub, forged)]
    run_list.append({"source": source.cells[1].source, "tag": "test_f"})
    name_error = {"ename": "NameError", "evalue": "first line\nname 'undefined_name' is not defined"}
    results = [{"error": None}, {"error": name_error}, {"error": {"ename": "NotImplementedError", "evalue": ""}}]
    results += [{"error": None}, {"error": None}]

    assert feedback.mark_raised_cells(submitted, run_list, results) == 1
    page = feedback.feedback_notebook(submitted, source, judgement, "lab42")
    text = feedback.render_html(page, "lab42")
    assert "1 of your cells raised an error when the grader ran them" in text
    assert text.count("This cell raised an error when the grader ran your notebook") == 1
    assert "NameError: name 'undefined_name' is not defined" in text and "first line" not in text
    assert "Fake" not in text  # a mark the student wrote into their own notebook is not shown
    marked = [i for i, c in enumerate(page.cells) if "This cell raised" in c.source]
    assert page.cells[marked[0] - 1].source == own.source  # right under the cell that raised
