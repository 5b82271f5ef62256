"""Turn a submitted notebook into the cells the sandbox runs, repairing accidents and noting integrity issues.

The cells that scoring needs, in an order that forgives accidents:

1. the **setup** cell, always the source's own;
2. the student's **code**: every answer cell and every cell the student added, in notebook order
   (a helper in a cell of their own still counts; a pasted copy of an answer cell just runs again,
   as it would in their session). The release's experiment cells are left out: they score nothing;
3. every **test** cell, always the source's own with its hidden checks, in the source's order, so a
   deleted, emptied, edited or retyped test cell costs nothing and changes nothing.

What was unusual is returned as integrity notes for the TA, each with its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import nbformat

from autograder import cells


class NoteKind(str, Enum):
    """The kinds of integrity note; their values begin the note's text."""

    MISSING_ANSWERS = "missing answer cells"
    MISSING_TESTS = "missing test cells"
    DUPLICATED_CELLS = "duplicated grade cells"
    CHANGED_CELL_TYPE = "changed cell type"
    CHANGED_TEST_CELL = "changed test cell"
    EDITED_METADATA = "edited nbgrader metadata"


@dataclass(frozen=True)
class Note:
    """One integrity note: its kind, the grade ids concerned, and the evidence in words."""

    kind: NoteKind
    grade_ids: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind.value}: {self.grade_ids} {self.detail}"


@dataclass
class Prepared:
    """The run list for one submission, and what a TA should know about the notebook."""

    run: list[dict[str, str]]
    student_code: list[str]
    notes: list[Note] = field(default_factory=list)


def solution_cells(source: nbformat.NotebookNode) -> list[dict[str, str]]:
    """The instructor's run: setup, solutions without markers, then each test cell split into visible and hidden.

    Tags say where each record comes from: ``test_x`` for a visible check, ``test_x/hidden`` for a hidden one.
    """
    run = [{"source": c.source, "tag": cells.SETUP_ID} for c in source.cells if cells.is_setup(c)]
    run += [
        {"source": cells.without_markers(c.source), "tag": cells.grade_id(c)}
        for c in source.cells
        if cells.is_answer(c)
    ]
    for cell in source.cells:
        if cells.is_test(cell):
            gid = cells.grade_id(cell)
            run.append({"source": cells.visible_part(cell.source), "tag": gid})
            run.append({"source": _hidden_part(cell.source), "tag": f"{gid}/hidden"})
    return run


def _hidden_part(source: str) -> str:
    return "\n".join(line for region, line in cells.regions(source) if region == "hidden")


def submission_cells(
    submitted: nbformat.NotebookNode, source: nbformat.NotebookNode, release: nbformat.NotebookNode
) -> Prepared:
    """The run list for a student's notebook (see the module docstring), with integrity notes."""
    source_cells = cells.by_grade_id(source)
    release_cells = cells.by_grade_id(release)
    experiments = cells.experiment_ids(release)
    notes: list[Note] = []
    seen: dict[str, int] = {}
    student_code: list[str] = []
    for cell in submitted.cells:
        gid = cells.grade_id(cell)
        if gid is not None and gid in source_cells:
            seen[gid] = seen.get(gid, 0) + 1
            notes += _cell_notes(cell, source_cells[gid], release_cells.get(gid), seen[gid])
            if cells.is_answer(source_cells[gid]) and cell.source.strip():
                student_code.append(cell.source)
        elif cell.cell_type == "code" and cell.get("id") not in experiments and cell.source.strip():
            student_code.append(cell.source)  # the student's own cell: it may define helpers
    missing_answers = [gid for gid, c in source_cells.items() if gid not in seen and cells.is_answer(c)]
    if missing_answers:
        notes.append(Note(NoteKind.MISSING_ANSWERS, ", ".join(missing_answers), "(a missing answer scores 0)"))
    missing_tests = [gid for gid, c in source_cells.items() if gid not in seen and cells.is_test(c)]
    if missing_tests:
        notes.append(Note(NoteKind.MISSING_TESTS, ", ".join(missing_tests), "(the grader restored and ran them)"))
    duplicated = sorted(gid for gid, count in seen.items() if count > 1)
    if duplicated:
        notes.append(
            Note(NoteKind.DUPLICATED_CELLS, ", ".join(duplicated), "(all copies ran, in order; tests ran once)")
        )
    setup = [{"source": c.source, "tag": cells.SETUP_ID} for c in source.cells if cells.is_setup(c)]
    code = [{"source": text, "tag": "student"} for text in student_code]
    tests = [{"source": c.source, "tag": cells.grade_id(c)} for c in source.cells if cells.is_test(c)]
    return Prepared(setup + code + tests, student_code, notes)


def _cell_notes(
    cell: nbformat.NotebookNode, source: nbformat.NotebookNode, release: nbformat.NotebookNode | None, copy: int
) -> list[Note]:
    gid = cells.grade_id(cell)
    notes: list[Note] = []
    if copy > 1:
        return notes
    if cell.cell_type != source.cell_type:
        detail = f"is {cell.cell_type}, the release has {source.cell_type}"
        notes.append(Note(NoteKind.CHANGED_CELL_TYPE, gid, detail))
    if cells.is_test(source) and release is not None and cell.source.strip() != release.source.strip():
        notes.append(Note(NoteKind.CHANGED_TEST_CELL, gid, "(the grader ran the original)"))
    if cells.points(cell) != cells.points(source) or bool(cells.meta(cell).get("grade")) != bool(
        cells.meta(source).get("grade")
    ):
        claimed, released = cells.points(cell), cells.points(source)
        detail = f"claims {claimed:g} points, the release has {released:g}"
        notes.append(Note(NoteKind.EDITED_METADATA, gid, detail))
    return notes
