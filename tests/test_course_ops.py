"""Course operations: LMS zips and rosters in, incremental grading, the LMS CSV and per-check CSV out, stats."""

from __future__ import annotations

import csv
import shutil
import zipfile
from pathlib import Path

import nbformat
import pytest
from lab_points import LAB00_AUTO, LAB00_AUTO_CSV, LAB00_HAND, LAB00_QUESTIONS, LAB00_TOTAL_CSV

from autograder import cells, cli, collection, demo, intake, release
from autograder.course import EXPORT_COLUMNS, Course

pytestmark = pytest.mark.slow

LAB = "lab00"
ROSTER = "id,name,email,lms_id\njsmith,John Smith,jsmith@uni.example,1001\njdoe,Jane Doe,jdoe@uni.example,1002\n"
ROSTER += "bbug,Bob Bug,bbug@uni.example,1003\nnsub,Nora Sub,nsub@uni.example,1004\n"


def _rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open(newline="") as handle:
        return {row["student_id"]: row for row in csv.DictReader(handle)}


def _canvas_zip(path: Path, files: dict[str, Path | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as bundle:
        for name, content in files.items():
            data = content if isinstance(content, bytes) else content.read_bytes()
            bundle.writestr(f"lab00 submissions/{name}", data)
        bundle.writestr("__MACOSX/lab00 submissions/._junk", b"\0")
    return path


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Course:
    course = Course.create(tmp_path_factory.mktemp("ops") / "course", cell_timeout=20)
    course.release(LAB)
    return course


def _grade(course: Course, submissions: Path, roster: Path, capsys, *extra: str) -> str:
    argv = ["grade", LAB, str(submissions), "--lms", "canvas", "--roster", str(roster), "--course", str(course.root)]
    assert cli.main(argv + list(extra)) == 0
    return capsys.readouterr().out


def test_a_canvas_zip_with_a_roster_is_matched_graded_incrementally_and_exported(tmp_path, course, capsys):
    samples = tmp_path / "samples"
    demo.write_submissions(course, samples)
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER)
    files = {
        # John uploaded twice: Canvas's attachment id says which is newer, whatever the names' order.
        "smithjohn_LATE_1001_7010_lab00-1.ipynb": samples / "solution.ipynb",
        "smithjohn_LATE_1001_7001_lab00.ipynb": samples / "buggy.ipynb",
        "doejane_1002_7002_lab00.ipynb": samples / "untouched.ipynb",
        "bugbob_1003_7003_lab00.ipynb": samples / "buggy.ipynb",
        "ghostcasper_1099_7004_lab00.ipynb": samples / "solution.ipynb",
        "lab00.ipynb": samples / "solution.ipynb",
        "notes.txt": b"my notes",
    }
    out = _grade(course, _canvas_zip(tmp_path / "first.zip", files), roster, capsys)

    # One report before grading: the entries no student can be given, each with its reason.
    report = out.index("cannot be matched to one student")
    assert report < out.index("lab00: 3 to grade")
    assert "ghostcasper_1099_7004_lab00.ipynb: no roster row matches '1099'" in out
    assert "lab00.ipynb: the file name does not follow" in out
    assert "4 file(s) set aside, graded under no student: see exports/lab00_set_aside.csv" in out
    assert "graded 3, unchanged 0, rejected 0, failed 0; flagged for review: 0" in out

    grades = course.root / "exports" / "lab00_grades.csv"
    rows = _rows(grades)
    with grades.open(newline="") as handle:
        assert next(csv.reader(handle)) == EXPORT_COLUMNS
    # One row per roster student, and nothing else: set-aside files are never grade rows.
    assert set(rows) == {"jsmith", "jdoe", "bbug", "nsub"}
    smith = rows["jsmith"]
    assert (smith["name"], smith["lms_id"], smith["late"], smith["status"]) == ("John Smith", "1001", "True", "graded")
    assert smith["note"] == "newest of 2 submissions by attempt number; set aside: smithjohn_LATE_1001_7001_lab00.ipynb"
    # Hand grading is pending, so the total is blank instead of an auto score posing as the grade.
    assert (smith["auto_score"], smith["auto_max"], smith["total"], smith["total_max"]) == (
        LAB00_AUTO_CSV,
        LAB00_AUTO_CSV,
        "",
        f"{LAB00_AUTO + LAB00_HAND:.1f}",
    )
    assert smith["hand_grading_pending"] == "True" and smith["manual_score"] == ""
    assert rows["jdoe"]["late"] == "False" and rows["jdoe"]["auto_score"] == "0.0"
    assert (rows["nsub"]["status"], rows["nsub"]["name"], rows["nsub"]["total"]) == ("missing", "Nora Sub", "")
    set_aside = {row["source"]: row for row in csv.DictReader((course.root / "exports" / "lab00_set_aside.csv").open())}
    assert set(set_aside) == {
        "ghostcasper_1099_7004_lab00.ipynb",
        "lab00.ipynb",
        "notes.txt",
        "smithjohn_LATE_1001_7001_lab00.ipynb",
    }
    assert set_aside["smithjohn_LATE_1001_7001_lab00.ipynb"]["student_id"] == "jsmith"
    assert "not a notebook (.txt)" in set_aside["notes.txt"]["reason"]
    # Nobody is told 0 for a file that is not their grade: only the three students get feedback.
    assert sorted(p.name for p in (course.root / "exports" / "lab00_feedback").iterdir()) == [
        "bbug.zip",
        "jdoe.zip",
        "jsmith.zip",
    ]

    checks = _rows(course.root / "exports" / "lab00_checks.csv")
    assert len(checks["jsmith"]) > 20 and "magnitude_mask/large_ties" in checks["jsmith"]
    assert sum(float(v) for k, v in checks["jsmith"].items() if k != "student_id") == pytest.approx(
        LAB00_AUTO, abs=0.05
    )
    assert 0 < sum(float(v) for k, v in checks["bbug"].items() if k != "student_id") < LAB00_AUTO

    with zipfile.ZipFile(course.root / "exports" / "lab00_feedback" / "jsmith.zip") as bundle:
        assert bundle.namelist() == ["lab00/lab00.html"]

    # The same download again: nothing changed, nothing is graded.
    out = _grade(course, tmp_path / "first.zip", roster, capsys)
    assert "lab00: 0 to grade, 3 unchanged" in out and "graded 0, unchanged 3" in out

    # Jane resubmits the solution: only she is graded, and her row and feedback follow at once.
    page = course.root / "feedback" / "jdoe" / LAB / "lab00.html"
    before = page.read_text()
    files["doejane_1002_7002_lab00.ipynb"] = samples / "solution.ipynb"
    out = _grade(course, _canvas_zip(tmp_path / "second.zip", files), roster, capsys)
    assert "lab00: 1 to grade, 2 unchanged" in out and f"jdoe: {LAB00_AUTO:g}/{LAB00_AUTO:g}" in out
    assert _rows(grades)["jdoe"]["auto_score"] == LAB00_AUTO_CSV and page.read_text() != before

    # One student on request, changed or not; then everyone with --all.
    assert cli.main(["autograde", LAB, "--student", "bbug", "--course", str(course.root)]) == 0
    assert "lab00: 1 to grade" in capsys.readouterr().out
    assert cli.main(["autograde", LAB, "--all", "--course", str(course.root)]) == 0
    assert "graded 3, unchanged 0" in capsys.readouterr().out


def _lms_rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_lms_exports_follow_canvas_and_moodle_import_formats(course, capsys):
    if not course.graded(LAB):
        pytest.skip("needs the graded course of the Canvas test above")
    page = course.root / "feedback" / "jsmith" / LAB / "lab00.html"
    assert f"{LAB00_QUESTIONS} not graded yet" in page.read_text()
    # formgrader shows the judge's verdict under each test cell, and nbgrader's flag mirrors the notes.
    autograded = nbformat.read(course.root / "autograded" / "jsmith" / LAB / "lab00.ipynb", as_version=4)
    test_cell = next(c for c in autograded.cells if cells.grade_id(c) == "test_prune_model")
    assert test_cell.outputs[0]["text"].startswith("Judge: ") and "passed" in test_cell.outputs[0]["text"]
    # A TA scores John's answers by hand in formgrader, with a comment on the first.
    hand = course.hand_grades(LAB, ["jsmith"])["jsmith"]
    with course.gradebook() as gb:
        for number, gid in enumerate(sorted(hand)):
            grade = gb.find_grade(gid, "lab00", LAB, "jsmith")
            grade.manual_score, grade.needs_manual_grade = grade.max_score, False
            if number == 0:
                gb.find_comment(gid, "lab00", LAB, "jsmith").manual_comment = "Clear <and> right."
        assert not any(nb.flagged for nb in gb.find_submission(LAB, "jsmith").notebooks)
        gb.db.commit()

    argv = ["export", LAB, "--course", str(course.root), "--format", "canvas", "--assignment", "Lab 0 (4321)"]
    assert cli.main(argv) == 0
    out, err = capsys.readouterr()
    canvas = _lms_rows(course.root / "exports" / "lab00_canvas.csv")
    # Canvas's gradebook import: the five identity columns, the assignment as "Name (id)", Points Possible.
    assert canvas[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Lab 0 (4321)"]
    assert canvas[1] == ["Points Possible", "", "", "", "", LAB00_TOTAL_CSV]
    by_id = {row[1]: row for row in canvas[2:]}
    assert by_id["1001"] == ["John Smith", "1001", "", "", "", LAB00_TOTAL_CSV]
    assert by_id["1004"][-1] == "", "a student who submitted nothing stays blank unless --missing zero"
    assert "wrote" in out and "no LMS id" not in err
    assert "2 total(s) left blank while hand grading is pending: bbug, jdoe" in err
    # The export wrote John's feedback again: his hand grades, the comment (escaped) and the total.
    text = page.read_text()
    hand, total = f"{LAB00_HAND:g}", f"{LAB00_AUTO + LAB00_HAND:g}"
    assert (
        f"Graded by hand: {hand} / {hand}." in text
        and f"Total: {total} / {total}." in text
        and "Clear &lt;and&gt; right." in text
    )
    assert (page.parent / "timestamp.txt").is_file(), "nbgrader's release_feedback reads it"
    with zipfile.ZipFile(course.root / "exports" / "lab00_feedback" / "jsmith.zip") as bundle:
        assert bundle.namelist() == ["lab00/lab00.html"]

    argv = ["export", LAB, "--course", str(course.root), "--format", "moodle", "--missing", "zero"]
    assert cli.main(argv) == 0
    capsys.readouterr()
    moodle = _lms_rows(course.root / "exports" / "lab00_moodle.csv")
    # The headers Moodle's grading-worksheet importer looks for, and its "Participant <id>" identifiers.
    header = moodle[0]
    assert {"Identifier", "Grade", "Last modified (grade)", "Feedback comments"} <= set(header)
    rows = {row[header.index("Identifier")]: dict(zip(header, row, strict=True)) for row in moodle[1:]}
    assert set(rows) == {"Participant 1001", "Participant 1002", "Participant 1003", "Participant 1004"}
    assert (rows["Participant 1001"]["Grade"], rows["Participant 1001"]["Maximum Grade"]) == (
        LAB00_TOTAL_CSV,
        LAB00_TOTAL_CSV,
    )
    assert rows["Participant 1004"]["Grade"] == "0.0" and rows["Participant 1004"]["Feedback comments"]
    with zipfile.ZipFile(course.root / "exports" / "lab00_feedback_moodle.zip") as bundle:
        assert "John Smith_1001_assignfeedback_file_/lab00.html" in bundle.namelist()


def test_stats_name_the_most_failed_check_and_mistake_and_draw_them(tmp_path, course, capsys):
    if not course.graded(LAB):
        samples = tmp_path / "samples"
        demo.write_submissions(course, samples)
        assert cli.main(["grade", LAB, str(samples), "--course", str(course.root)]) == 0
    assert cli.main(["stats", LAB, "--course", str(course.root)]) == 0
    out = capsys.readouterr().out
    assert "test_magnitude_mask" in out and "most failed check" in out
    assert "most common mistake" in out and "int() (which truncates)" in out
    png = course.root / "exports" / "lab00_stats.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000


def test_lms_file_names_patterns_and_rosters(tmp_path):
    folder = tmp_path / "subs"
    for name in [
        "Jane Doe_4242_assignsubmission_file_",
        "Ann Lee_4243_assignsubmission_file_",
        "submission_88001",
        "x9_late_77_1_lab.ipynb",
    ]:
        (folder / name).mkdir(parents=True)
    roster = [intake.RosterRow("jdoe", "Jane Doe", "jdoe@uni.example", ""), intake.RosterRow("al", "Ann Lee")]
    moodle = intake.read_entries(folder, lms="moodle", roster=roster)
    by_file = {e.path.name: e for e in moodle.entries}
    assert by_file["Jane Doe_4242_assignsubmission_file_"].student == "jdoe"
    assert by_file["Ann Lee_4243_assignsubmission_file_"].lms_id == "4243"
    assert "does not follow" in by_file["submission_88001"].problem

    gradescope = intake.read_entries(folder, lms="gradescope")
    assert {e.student for e in gradescope.entries if not e.problem} == {"88001"}

    custom = intake.read_entries(folder, pattern=r"(?P<id>[a-z0-9]+)(?P<late>_late)?_\d+")
    late = next(e for e in custom.entries if e.path.name.startswith("x9"))
    assert (late.student, late.late) == ("x9", True)

    # A stray file sorted first must not take the id of the notebook beside it.
    (folder / "kim.docx").write_text("essay")
    (folder / "kim.ipynb").write_text("{}")
    plain = {e.path.name: e for e in intake.read_entries(folder).entries}
    assert plain["kim.ipynb"].student == "kim" and not plain["kim.ipynb"].problem
    assert "not a notebook (.docx)" in plain["kim.docx"].problem

    twins = [intake.RosterRow("a1", "Ann Lee"), intake.RosterRow("a2", "Ann Lee")]
    assert "matches 2 roster rows: a1, a2" in intake.read_entries(folder, lms="moodle", roster=twins).summary()

    with pytest.raises(intake.IntakeError, match="named group"):
        intake.read_entries(folder, pattern=r"\d+")
    bad_roster = tmp_path / "roster.csv"
    bad_roster.write_text("student,name\na,b\n")
    with pytest.raises(intake.IntakeError, match="needs an 'id' column"):
        intake.read_roster(bad_roster)
    bad_roster.write_text("id,name\na,b\na,c\n")
    with pytest.raises(intake.IntakeError, match="more than once"):
        intake.read_roster(bad_roster)


def test_symbolic_links_are_rejected_never_followed(tmp_path):
    folder = tmp_path / "in"
    (folder / "bob").mkdir(parents=True)
    (folder / "alice.ipynb").write_text("{}")
    (folder / "mallory.ipynb").symlink_to(folder / "alice.ipynb")
    (folder / "bob" / "lab00.ipynb").symlink_to(folder / "alice.ipynb")
    entries = {e.path.name: e for e in intake.read_entries(folder).entries}
    assert entries["alice.ipynb"].problem == "" and entries["alice.ipynb"].student == "alice"
    for name in ("mallory.ipynb", "bob"):
        assert "symbolic link" in entries[name].problem and not entries[name].student


def test_a_notebook_with_absurdly_many_cells_is_not_a_lab(tmp_path):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")] * (collection.MAX_CELLS + 1))
    path = tmp_path / "lab00.ipynb"
    nbformat.write(notebook, path)
    assert "more than the 5000 a lab notebook can hold" in collection.unreadable(path)
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")] * 50), path)
    assert collection.unreadable(path) == ""


def test_zips_that_escape_their_folder_are_refused(tmp_path):
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as bundle:
        bundle.writestr("../outside.ipynb", "{}")
    with pytest.raises(intake.IntakeError, match="outside the archive"), intake.opened(evil):
        pass
    assert not (tmp_path / "outside.ipynb").exists()
    (tmp_path / "notes.txt").write_text("hi")
    with pytest.raises(intake.IntakeError, match="neither a folder nor a zip"), intake.opened(tmp_path / "notes.txt"):
        pass


def test_check_ignores_checkpoints_and_warns_about_saved_outputs(tmp_path):
    for part in (release.SOLUTIONS, release.LABS):
        shutil.copytree(release.REPO_ROOT / part / LAB, tmp_path / part / LAB)
    labs = tmp_path / release.LABS / LAB
    (labs / ".ipynb_checkpoints").mkdir()
    (labs / ".ipynb_checkpoints" / "lab00-checkpoint.ipynb").write_text("{}")
    notebook = nbformat.read(labs / "lab00.ipynb", as_version=4)
    code = next(c for c in notebook.cells if c.cell_type == "code")
    code.outputs = [nbformat.v4.new_output("stream", text="hello\n")]
    code.execution_count = 3
    nbformat.write(notebook, labs / "lab00.ipynb")

    problems, warnings = release.check(LAB, release.LabSources(tmp_path / release.SOLUTIONS))
    assert problems == []
    assert len(warnings) == 1 and "has saved outputs" in warnings[0] and "--clear-output" in warnings[0]

    code.source += "\n# edited by hand"
    nbformat.write(notebook, labs / "lab00.ipynb")
    problems, _ = release.check(LAB, release.LabSources(tmp_path / release.SOLUTIONS))
    assert any("lab00.ipynb is stale" in p for p in problems)


def test_a_failed_generation_leaves_the_committed_release(tmp_path, monkeypatch):
    for part in (release.SOLUTIONS, release.LABS):
        shutil.copytree(release.REPO_ROOT / part / LAB, tmp_path / part / LAB)
    before = (tmp_path / release.LABS / LAB / "lab00.ipynb").read_bytes()

    def fail(config, lab):
        raise release.ReleaseError("nbgrader could not generate lab00")

    monkeypatch.setattr(release, "run_generate", fail)
    with pytest.raises(release.ReleaseError):
        release.generate(LAB, release.LabSources(tmp_path / release.SOLUTIONS))
    assert (tmp_path / release.LABS / LAB / "lab00.ipynb").read_bytes() == before
