"""Collect: bring submissions into a course folder's ``submitted/<student>/<lab>/``, one outcome per student.

From a folder or LMS zip (:func:`collect`: who each file belongs to comes from :mod:`autograder.intake`), or
from what nbgrader's own exchange ``collect`` put there on a JupyterHub (:func:`adopt_exchange_submissions`).
A file that is not a readable notebook of the lab is still copied, but its outcome is *rejected* with the reason.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import nbformat
from nbgrader.utils import parse_utc

from autograder import intake
from autograder.course_store import CourseFolder, Outcome, SetAside, Status

MAX_NOTEBOOK_BYTES = 30 * 2**20  # a lab notebook with its plots is a few MiB; anything larger is not one
MAX_CELLS = 5000  # a lab has about 50 cells; far more would hold a worker for the whole notebook time limit


def collect(
    folder: CourseFolder,
    lab: str,
    submissions: str | Path,
    lms: str | None = None,
    pattern: str | None = None,
    roster: str | Path | None = None,
    log: Callable[[str], None] = print,
) -> list[Outcome]:
    """Import a folder or zip of submissions (see :meth:`autograder.course.Course.collect`)."""
    with intake.opened(submissions) as opened:
        notebooks = folder.notebook_names(lab)
        known = folder.outcomes(lab)
        rows = intake.read_roster(roster) if roster else None
        report = intake.read_entries(opened, lms, pattern, rows)
        log(report.summary())
        accepted = [e for e in report.entries if not e.problem]
        outcomes = [_collect_entry(folder, lab, entry, notebooks, known) for entry in accepted]
    set_aside = [SetAside(e.path.name, e.problem, e.student) for e in report.entries if e.problem]
    if set_aside:
        log(f"{len(set_aside)} file(s) set aside, graded under no student: see exports/{lab}_set_aside.csv")
    if rows is not None:
        folder.save_roster(rows)
    _record_students(folder, outcomes)
    folder.save_outcomes(lab, outcomes)
    folder.save_set_aside(lab, set_aside, accepted={o.source for o in outcomes})
    return outcomes


def _collect_entry(
    folder: CourseFolder, lab: str, entry: intake.Entry, notebooks: list[str], known: dict[str, Outcome]
) -> Outcome:
    about = {
        "source": entry.path.name,
        "name": entry.name,
        "lms_id": entry.lms_id,
        "late": entry.late,
        "note": entry.note,
    }
    files = _submitted_files(entry.path, notebooks)
    if files is None:
        return Outcome(entry.student, Status.REJECTED, f"{lab} has several notebooks; submit a folder", **about)
    content = _content_hash(files)
    previous = known.get(entry.student)
    if previous and previous.status == Status.GRADED and previous.content_hash == content:
        return Outcome(**{**asdict(previous), **about, "status": Status.GRADED})
    target = folder.student_dir("submitted", entry.student, lab)
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name, path in files.items():
        shutil.copy2(path, target / name)
    return _inspected(Outcome(entry.student, Status.COLLECTED, content_hash=content, **about), files, notebooks)


def adopt_exchange_submissions(folder: CourseFolder, lab: str) -> list[Outcome]:
    """Record what nbgrader's exchange put in ``submitted/`` (see :meth:`autograder.course.Course.autograde`)."""
    notebooks, known = folder.notebook_names(lab), folder.outcomes(lab)
    with folder.gradebook() as gb:
        due = gb.find_assignment(lab).duedate
    adopted = []
    for submitted in sorted((folder.root / "submitted").glob(f"*/{lab}")):
        stamp = submitted / "timestamp.txt"
        files = {f"{n}.ipynb": submitted / f"{n}.ipynb" for n in notebooks if (submitted / f"{n}.ipynb").is_file()}
        student = submitted.parent.name
        previous = known.get(student)
        if not stamp.is_file() or (previous and previous.content_hash == _content_hash(files)):
            continue
        submitted_at = stamp.read_text(encoding="utf-8", errors="replace").strip()[:100]
        try:
            late = due is not None and parse_utc(submitted_at) > due
        except (ValueError, TypeError, OverflowError):  # a damaged timestamp must not stop the batch
            late, submitted_at = False, f"at an unreadable time ({submitted_at!r})"
        about = {"source": "nbgrader exchange", "late": late, "note": f"submitted {submitted_at}"}
        outcome = Outcome(student, Status.COLLECTED, content_hash=_content_hash(files), **about)
        adopted.append(_inspected(outcome, files, notebooks))
    if adopted:
        _record_students(folder, adopted)
        folder.save_outcomes(lab, adopted)
    return adopted


def _record_students(folder: CourseFolder, outcomes: list[Outcome]) -> None:
    with folder.gradebook() as gb:
        for outcome in outcomes:
            gb.update_or_create_student(outcome.student)


def _inspected(outcome: Outcome, files: dict[str, Path], notebooks: list[str]) -> Outcome:
    """``outcome`` rejected, with the reason, when its files are not readable notebooks or not the lab's."""
    problems = [f"{name}: {problem}" for name, path in files.items() if (problem := unreadable(path))]
    missing = [f"{name}.ipynb" for name in notebooks if f"{name}.ipynb" not in files]
    if problems:
        outcome.status, outcome.reason = Status.REJECTED, "not a valid notebook: " + "; ".join(problems)
    elif len(missing) == len(notebooks):
        outcome.status = Status.REJECTED
        outcome.reason = f"no notebook named {', '.join(missing)} in the submission"
    return outcome


def _submitted_files(entry: Path, notebooks: list[str]) -> dict[str, Path] | None:
    """An entry's notebook files by the name they are stored under; None for a lone file of a multi-notebook lab."""
    if entry.is_file():
        return {f"{notebooks[0]}.ipynb": entry} if len(notebooks) == 1 else None
    return {
        p.stem + ".ipynb": p
        for p in sorted(entry.rglob("*"))
        if p.suffix.lower() == ".ipynb" and p.is_file() and ".ipynb_checkpoints" not in p.parts
    }


def _content_hash(files: dict[str, Path]) -> str:
    digest = hashlib.sha256()
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + files[name].read_bytes() + b"\0")
    return digest.hexdigest()


def unreadable(path: Path) -> str:
    """Why ``path`` is not a valid notebook, or '' when it is."""
    size = path.stat().st_size
    if size > MAX_NOTEBOOK_BYTES:
        return f"the file is {size / 2**20:.0f} MiB, more than the {MAX_NOTEBOOK_BYTES / 2**20:.0f} MiB a lab needs"
    try:
        # Schema slips (a retyped cell that kept its outputs) do not count: the grader reads only the cells.
        notebook = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4, capture_validation_error={})
        if not all(isinstance(cell.get("source"), str) for cell in notebook.cells):
            raise ValueError("cells without source text")
        if len(notebook.cells) > MAX_CELLS:
            return f"{len(notebook.cells)} cells, more than the {MAX_CELLS} a lab notebook can hold"
    except Exception as error:  # JSON, structure and encoding errors all mean "not a notebook"
        first_line = str(error).splitlines()[0] if str(error) else ""
        # nbformat appends a repr of the file's start, which says nothing to a TA.
        summary = re.sub(r": '.*$", "", first_line)[:160]
        return f"{type(error).__name__}: {summary}".rstrip(": ")
    return ""
