"""Feedback a TA can hand out: the student's own notebook and the judge's verdict on each check, nothing else.

What goes in:
* the student's cells and the outputs *they* saved (so nothing from the grading run, where hidden tests
  ran, can leak), with every output reduced to text or a PNG, sanitised and size-capped;
* in place of each test cell, its visible source only, then a table of its checks: passed or the
  teaching message (hidden checks show their message, never their code);
* under each answer graded by hand, the TA's score and comment from the gradebook (or that it is not
  graded yet), and the hand-graded part and the total in the summary;
* under each cell of the student's that raised when the grader ran it, the exception's type and last line
  (:func:`mark_raised_cells` records them on the graded copy of the notebook), and their count in the summary;
* integrity notes the TA chose to pass on are not included: they are for the TA.

The page carries no script at all (a Content-Security-Policy forbids it), and math is rendered to
MathML when the page is written, so it displays without a network.
"""

from __future__ import annotations

import base64
import copy
import html
import re
from dataclasses import dataclass

import latex2mathml.converter
import nbformat
import nh3
from nbconvert import HTMLExporter
from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath

from autograder import cells
from autograder.judge import Judgement

# What one saved output may show on the page. Not the sandbox's Limits.cell_output_chars, which caps what a cell
# may print while it is graded: this caps what a student saved in the notebook (outputs the grader never produced),
# so that one runaway print in a submission does not bury the feedback.
MAX_OUTPUT_CHARS = 10_000
MAX_IMAGE_BYTES = 1_000_000
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
RAISED = "autograder_raised"  # cell metadata: what the cell raised in the grading run
NOT_ATTEMPTED = "NotImplementedError"  # the release's stub: the checks say "not attempted" already
_DISPLAY_MATH = re.compile(r"\$\$(.+?)\$\$", re.S)
_INLINE_MATH = re.compile(r"(?<![\\$])\$([^$\n]+?)\$")


@dataclass(frozen=True)
class HandGrade:
    """A TA's verdict on one answer graded by hand, as the gradebook holds it."""

    points: float
    score: float | None  # None while it waits for a TA
    comment: str = ""


def feedback_notebook(
    submitted: nbformat.NotebookNode,
    source: nbformat.NotebookNode,
    judgement: Judgement,
    lab: str,
    hand: dict[str, HandGrade] | None = None,
) -> nbformat.NotebookNode:
    """The notebook a student receives, built from their submission and the judgement (see module docstring).

    Args:
        submitted: the student's notebook.
        source: the lab's source notebook, whose test cells' visible parts are shown.
        judgement: the judge's verdict.
        lab: the lab's name, for the title.
        hand: the hand grades by grade id (none: the hand-graded part is not mentioned).
    """
    nb = copy.deepcopy(submitted)
    hand = hand or {}
    tests = {cells.grade_id(c): c for c in source.cells if cells.is_test(c)}
    shown, seen_tests = [], set()
    shown.append(nbformat.v4.new_markdown_cell(_summary(judgement, lab, hand, _count_raised(nb))))
    for cell in nb.cells:
        gid = cells.grade_id(cell)
        if gid in hand and cell.cell_type == "markdown":
            cell.source = _markdown_html(cell.source)
            cell.attachments = {}
            shown += [cell, nbformat.v4.new_markdown_cell(_hand_grade_note(hand[gid]))]
            continue
        if gid in tests:
            if gid in seen_tests:
                continue
            seen_tests.add(gid)
            shown.append(nbformat.v4.new_code_cell(cells.visible_part(tests[gid].source)))
            shown.append(nbformat.v4.new_markdown_cell(_checks_table(judgement, gid)))
            continue
        if cell.cell_type == "code":
            cell.outputs = [out for out in map(_safe_output, cell.get("outputs", [])) if out is not None]
            raised = cell.metadata.pop(RAISED, None)
            shown.append(cell)
            if isinstance(raised, dict):
                shown.append(nbformat.v4.new_markdown_cell(_raised_note(raised)))
            continue
        if cell.cell_type == "markdown":
            cell.source = _markdown_html(cell.source)
            cell.attachments = {}
        shown.append(cell)
    for gid in judgement.cells:
        if gid in tests and gid not in seen_tests:  # deleted by the student: its checks still count
            note = "<p><em>This test cell was missing from your notebook; the grader restored it.</em></p>"
            shown.append(nbformat.v4.new_markdown_cell(note))
            shown.append(nbformat.v4.new_code_cell(cells.visible_part(tests[gid].source)))
            shown.append(nbformat.v4.new_markdown_cell(_checks_table(judgement, gid)))
    nb.cells = shown
    nb.metadata = {"language_info": {"name": "python"}}  # the student's own metadata is not needed, nor trusted
    return nb


def mark_raised_cells(notebook: nbformat.NotebookNode, run_list: list[dict], results: list[dict]) -> int:
    """Record on the student's code cells what each raised in the grading run, for :func:`feedback_notebook`.

    Args:
        notebook: the graded copy of the submission (changed in place); a mark the student wrote is removed.
        run_list: what ran, in order (``Prepared.run``): the student's cells are tagged ``"student"`` and hold
            the cell's source as it is in the notebook, in notebook order.
        results: each cell's result in the same order (``Run.cells``): ``error`` holds ``ename`` and ``evalue``.

    Returns:
        How many cells were marked.
    """
    raised = [
        (entry["source"], result.get("error"))
        # A run cut short (time, memory) has fewer results than cells: the rest never ran.
        for entry, result in zip(run_list, results, strict=False)
        if entry.get("tag") == "student"
    ]
    marked, position = 0, 0
    for cell in notebook.cells:
        cell.metadata.pop(RAISED, None)
        if cell.cell_type != "code" or position >= len(raised) or cell.source != raised[position][0]:
            continue
        error = raised[position][1]
        position += 1
        if error and error.get("ename") != NOT_ATTEMPTED:
            last = (str(error.get("evalue", "")).strip().splitlines() or [""])[-1]
            cell.metadata[RAISED] = {"ename": str(error.get("ename", "Exception")), "evalue": last}
            marked += 1
    return marked


def render_html(notebook: nbformat.NotebookNode, title: str) -> str:
    """HTML with no script and a CSP that forbids scripts and remote loads.

    Markdown was cleaned by :func:`feedback_notebook` (nbconvert's own sanitizer would escape the MathML)
    and outputs were reduced to text and PNG, so nothing raw reaches the page.
    """
    exporter = HTMLExporter(template_name="classic", exclude_input_prompt=True)
    exporter.mathjax_url = ""
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": title}})
    body = re.sub(r"<script\b[\s\S]*?</script>", "", body, flags=re.I)
    body = re.sub(r"<link\b[^>]*>", "", body, flags=re.I)
    return body.replace("<head>", f'<head>\n<meta http-equiv="Content-Security-Policy" content="{CSP}">', 1)


def plain_text(judgement: Judgement, lab: str, why: str) -> str:
    """The judgement as text, for a notebook that cannot be rendered as a page."""
    lines = [
        f"Feedback on {lab}: {_points(judgement.score)} points for the automatically graded part.",
        f"(Your notebook could not be shown as a page: {why[:200]})",
        "",
    ]
    for gid, cell in judgement.cells.items():
        lines.append(f"{gid.removeprefix('test_')}: {_points(cell.score)} of {_points(cell.points)} points")
        lines += [
            f"  {'passed' if c.passed else 'FAILED'} {c.id}" + ("" if c.passed else f": {c.message}")
            for c in cell.checks
        ]
    return "\n".join(lines) + "\n"


def _count_raised(notebook: nbformat.NotebookNode) -> int:
    return sum(isinstance(c.metadata.get(RAISED), dict) for c in notebook.cells if c.cell_type == "code")


def _raised_note(raised: dict) -> str:
    error = f"{raised.get('ename', 'Exception')}: {raised.get('evalue', '')}".rstrip(": ")
    return (
        '<p><strong style="color:#cf222e">This cell raised an error when the grader ran your notebook:</strong> '
        f"<code>{html.escape(_cap(error)[:300])}</code><br>The cells after it ran anyway; checks that use what "
        "it defines may have failed because of it.</p>"
    )


def _summary(judgement: Judgement, lab: str, hand: dict[str, HandGrade], raised: int = 0) -> str:
    auto_points = sum(c.points for c in judgement.cells.values())
    rows = "".join(
        f"<tr><td><code>{html.escape(gid.removeprefix('test_'))}</code></td><td>{_points(cell.score)} / "
        f"{_points(cell.points)}</td><td>{sum(c.passed for c in cell.checks)} of {len(cell.checks)}</td></tr>"
        for gid, cell in judgement.cells.items()
    )
    lines = [f"<strong>Automatically graded part: {_points(judgement.score)} / {_points(auto_points)}.</strong>"]
    if hand:
        hand_points = sum(h.points for h in hand.values())
        if any(h.score is None for h in hand.values()):
            waiting = sum(h.score is None for h in hand.values())
            lines.append(f"Answers graded by hand ({_points(hand_points)} points): {waiting} not graded yet.")
        else:
            hand_score = sum(h.score or 0.0 for h in hand.values())
            lines.append(f"Graded by hand: {_points(hand_score)} / {_points(hand_points)}.")
            total = judgement.score + hand_score
            lines.append(f"<strong>Total: {_points(total)} / {_points(auto_points + hand_points)}.</strong>")
    if raised:
        lines.append(f"{raised} of your cells raised an error when the grader ran them: each is marked below.")
    return (
        f"<h1>Feedback on {html.escape(lab)}</h1>\n<p>{' '.join(lines)}</p>\n<table><thead><tr><th>function</th>"
        f"<th>points</th><th>checks passed</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _hand_grade_note(grade: HandGrade) -> str:
    if grade.score is None:
        return f"<p><em>Graded by hand ({_points(grade.points)} points): not graded yet.</em></p>"
    comment = "<br>".join(html.escape(line) for line in grade.comment.strip().splitlines())
    said = f"<br>Comment: {comment}" if comment else ""
    return f"<p><strong>Graded by hand: {_points(grade.score)} of {_points(grade.points)} points.</strong>{said}</p>"


def verdict_text(judgement: Judgement, gid: str) -> str:
    """The judge's verdict on one test cell as plain text, for the autograded notebook a TA opens in formgrader."""
    cell = judgement.cells.get(gid)
    if cell is None:
        return "Judge: this test cell was not scored.\n"
    lines = [f"Judge: {_points(cell.score)} of {_points(cell.points)} points"]
    for check in cell.checks:
        where = "hidden " if check.hidden else ""
        lines.append(f"  {'passed' if check.passed else 'FAILED'} {where}{check.id}")
        if not check.passed:
            lines += [f"      {line}" for line in check.message.splitlines()]
    return "\n".join(lines) + "\n"


def _checks_table(judgement: Judgement, gid: str) -> str:
    """The judge's verdict on each check of one test cell, as HTML (messages escaped: they quote student values)."""
    cell = judgement.cells.get(gid)
    if cell is None:
        return "<p><em>This test was not scored.</em></p>"
    items = []
    for check in cell.checks:
        where = "hidden check" if check.hidden else "check"
        verdict = (
            '<strong style="color:#1a7f37">passed</strong>'
            if check.passed
            else '<strong style="color:#cf222e">FAILED</strong>'
        )
        message = "" if check.passed else ": " + "<br>".join(html.escape(line) for line in check.message.splitlines())
        items.append(f"<li>{verdict} {where} <code>{html.escape(check.id)}</code>{message}</li>")
    title = f"{html.escape(gid.removeprefix('test_'))}: {_points(cell.score)} of {_points(cell.points)} points"
    return f"<p><strong>{title}</strong></p>\n<ul>{''.join(items)}</ul>"


def _points(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _safe_output(output: nbformat.NotebookNode) -> nbformat.NotebookNode | None:
    """Text and PNG only, capped; HTML, JavaScript and widget views are dropped."""
    kind = output.get("output_type")
    if kind == "stream":
        return nbformat.v4.new_output(
            "stream", name=output.get("name", "stdout"), text=_cap(str(output.get("text", "")))
        )
    if kind == "error":
        text = f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"
        return nbformat.v4.new_output("stream", name="stderr", text=_cap(text))
    if kind in ("display_data", "execute_result"):
        data = output.get("data", {})
        if WIDGET_MIME in data:  # its text/plain is a repr such as "interactive(children=(FloatSlider(..."
            return nbformat.v4.new_output("stream", name="stdout", text=_widget_placeholder(data) + "\n")
        png = data.get("image/png")
        if isinstance(png, str) and len(png) <= MAX_IMAGE_BYTES and _is_png(png):
            return nbformat.v4.new_output("display_data", data={"image/png": png})
        if "text/plain" in data:
            return nbformat.v4.new_output("stream", name="stdout", text=_cap(str(data["text/plain"])) + "\n")
    return None


def _widget_placeholder(data: dict) -> str:
    """What a saved widget view was, in words: a progress bar's last text, or the kind of control."""
    text = str(data.get("text/plain", ""))
    if "%|" in text:  # tqdm's text form: its state when the notebook was saved
        return f"[progress bar, as saved: {_cap(text.strip())[:200]}]"
    controls = re.findall(r"\b([A-Z][A-Za-z]+)\(", text)  # e.g. FloatSlider inside interactive(children=(...
    named = f" ({', '.join(dict.fromkeys(controls))})" if controls else ""
    return f"[an interactive control{named}: it works only in a running notebook]"


def _is_png(encoded: str) -> bool:
    try:
        return base64.b64decode(encoded[:64] + "=" * (-len(encoded[:64]) % 4))[:8] == b"\x89PNG\r\n\x1a\n"
    except ValueError:
        return False


def _cap(text: str) -> str:
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    return (
        text
        if len(text) <= MAX_OUTPUT_CHARS
        else text[:MAX_OUTPUT_CHARS] + f"\n[... {len(text) - MAX_OUTPUT_CHARS} characters cut]"
    )


def _markdown_html(markdown: str) -> str:
    """Markdown as clean HTML: math rendered to MathML first, then everything that is not plain markup removed."""

    def convert(match: re.Match, display: str) -> str:
        try:
            return latex2mathml.converter.convert(match.group(1), display=display)
        except Exception:  # a formula the converter cannot read stays as TeX text
            return html.escape(match.group(0))

    with_math = _INLINE_MATH.sub(
        lambda m: convert(m, "inline"), _DISPLAY_MATH.sub(lambda m: convert(m, "block"), markdown)
    )
    attributes = {
        **nh3.ALLOWED_ATTRIBUTES,
        **{t: {"display", "xmlns", "mathvariant", "stretchy"} for t in _MATHML_TAGS},
    }
    # No "¶" link after each heading (seen in Chromium): noise on a page read offline, not a site to link into.
    rendered = MarkdownWithMath(renderer=IPythonRenderer(escape=False, exclude_anchor_links=True)).render(with_math)
    return nh3.clean(rendered, tags=nh3.ALLOWED_TAGS | _MATHML_TAGS, attributes=attributes)


_MATHML_TAGS = {
    "math",
    "mi",
    "mn",
    "mo",
    "mrow",
    "msub",
    "msup",
    "msubsup",
    "mfrac",
    "msqrt",
    "mroot",
    "mtext",
    "mspace",
    "mover",
    "munder",
    "munderover",
    "mstyle",
    "mtable",
    "mtr",
    "mtd",
    "semantics",
    "annotation",
}
