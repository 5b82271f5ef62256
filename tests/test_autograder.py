"""The autograder end to end: the demo's scores, a batch of accidents and cheats, the student edition, feedback."""

from __future__ import annotations

import csv
import os
import subprocess
from pathlib import Path

import nbformat
import pytest
from lab_points import LAB00_AUTO, LAB00_AUTO_CSV, LAB00_FUNCTIONS, LAB00_HAND
from wrong_answers import WRONG

from autograder import audit, cells, cli, demo, edition, grader, judge, sandbox
from autograder.course import Course, CourseError
from autograder.jobs import Limits
from autograder.release import REPO_ROOT

_GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@t",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@t",
}

pytestmark = pytest.mark.slow

LAB = "lab00"


def _rows(path: Path) -> dict[str, dict[str, str]]:
    with path.open() as handle:
        return {row["student_id"]: row for row in csv.DictReader(handle)}


@pytest.fixture(scope="module")
def released(tmp_path_factory) -> Course:
    course = Course.create(tmp_path_factory.mktemp("released") / "course", cell_timeout=30)
    course.release(LAB)
    return course


def _solved(course: Course) -> nbformat.NotebookNode:
    return audit.solved_notebook(course.lab_notebooks(LAB))


def _edit(nb: nbformat.NotebookNode, grade_id: str, edit) -> nbformat.NotebookNode:
    for cell in nb.cells:
        if cells.grade_id(cell) == grade_id:
            edit(cell)
    return nb


def _prefix(nb: nbformat.NotebookNode, grade_id: str, prefix: str) -> nbformat.NotebookNode:
    return _edit(nb, grade_id, lambda cell: setattr(cell, "source", prefix + cell.source))


def test_demo_scores_feedback_and_export(tmp_path, capsys):
    assert demo.run_demo(tmp_path / "course") == 0
    course = tmp_path / "course"
    rows = _rows(course / "exports" / "lab00_grades.csv")
    assert set(rows) == {"solution", "untouched", "buggy", "raises", "not-json"}
    assert rows["solution"]["auto_score"] == rows["solution"]["auto_max"] == LAB00_AUTO_CSV
    assert rows["untouched"]["auto_score"] == "0.0" and "not attempted" in rows["untouched"]["reason"]
    assert 0 < float(rows["buggy"]["auto_score"]) < LAB00_AUTO and "test_magnitude_mask" in rows["buggy"]["reason"]
    assert rows["raises"]["auto_score"] == "0.0" and "ModuleNotFoundError" in rows["raises"]["reason"]
    assert rows["not-json"]["status"] == "rejected" and "NotJSONError" in rows["not-json"]["reason"]
    assert rows["solution"]["manual_max"] == f"{LAB00_HAND:.1f}" and rows["solution"]["hand_grading_pending"] == "True"
    assert rows["solution"]["total"] == "", "the total waits for hand grading"
    feedback = (course / "feedback" / "buggy" / "lab00" / "lab00.html").read_text()
    assert "exactly the answer you get when you use int() (which truncates) instead of round()" in feedback
    assert "Reason: not a valid notebook" in (course / "feedback" / "not-json" / "lab00" / "NOT_GRADED.txt").read_text()
    assert "All five submissions got the score they deserve" in capsys.readouterr().out


def test_feedback_hides_hidden_tests_and_carries_no_script(tmp_path, released):
    nb = _solved(released)
    nb = _prefix(nb, "magnitude_mask", "import math\n")
    for cell in nb.cells:
        if cell.cell_type == "code" and cells.grade_id(cell) == "magnitude_mask":
            cell.outputs = [
                nbformat.v4.new_output(
                    "display_data",
                    data={
                        "text/html": "<script>alert('x')</script><b onmouseover='steal()'>hi</b>",
                        "text/plain": "hi",
                    },
                ),
                nbformat.v4.new_output("stream", name="stdout", text="A" * 50_000),
            ]
    nb.cells.append(nbformat.v4.new_markdown_cell("<script>alert(1)</script><img src=x onerror=alert(2)> $x^2$"))
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    nbformat.write(nb, incoming / "mallory.ipynb")
    released.collect(LAB, incoming)
    released.autograde(LAB, ["mallory"])
    page = next(p for p in released.feedback(LAB) if "mallory" in str(p)).read_text()
    hidden = released.lab_notebooks(LAB).source
    secret_lines = [
        line.strip()
        for c in hidden.cells
        if cells.is_test(c)
        for region, line in cells.regions(c.source)
        if region == "hidden" and len(line.strip()) > 20
    ]
    assert secret_lines and not any(line in page for line in secret_lines), "hidden-test source leaked"
    assert "<script" not in page.lower() and "onerror" not in page and "onmouseover" not in page
    assert "Content-Security-Policy" in page and "<math" in page  # math as MathML: no network needed
    assert "characters cut" in page and "A" * 20_000 not in page
    assert "magnitude_mask: 3 of 3 points" in page


def test_accidents_are_graded_on_what_remains_and_every_file_gets_a_row(tmp_path):
    course = Course.create(tmp_path / "course", cell_timeout=8)
    course.release(LAB)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    deleted_test = _solved(course)
    deleted_test.cells = [c for c in deleted_test.cells if cells.grade_id(c) != "test_cubic_sparsity"]
    deleted_answer = _solved(course)
    deleted_answer.cells = [c for c in deleted_answer.cells if cells.grade_id(c) != "cubic_sparsity"]
    duplicated = _solved(course)
    index = next(i for i, c in enumerate(duplicated.cells) if cells.grade_id(c) == "magnitude_mask")
    duplicated.cells.insert(index + 1, nbformat.from_dict(dict(duplicated.cells[index])))
    retyped = _edit(_solved(course), "test_prune_model", lambda c: setattr(c, "cell_type", "markdown"))
    for name, nb in [
        ("deleted-test", deleted_test),
        ("deleted-answer", deleted_answer),
        ("duplicated", duplicated),
        ("retyped", retyped),
    ]:
        nbformat.write(nb, incoming / f"{name}.ipynb")
    nbformat.write(_prefix(_solved(course), "magnitude_mask", "while True:\n    pass\n"), incoming / "loops.ipynb")
    nbformat.write(_prefix(_solved(course), "magnitude_mask", "import os\nos._exit(1)\n"), incoming / "exits.ipynb")
    (incoming / "empty.ipynb").write_text("")
    (incoming / "wrong-name").mkdir()
    nbformat.write(_solved(course), incoming / "wrong-name" / "my_lab.ipynb")

    course.collect(LAB, incoming)
    course.autograde(LAB, workers=2)
    course.feedback(LAB)
    rows = _rows(course.export(LAB))

    assert set(rows) == {
        "deleted-test",
        "deleted-answer",
        "duplicated",
        "retyped",
        "loops",
        "exits",
        "empty",
        "wrong-name",
    }, "every submission has a row"
    assert (
        rows["deleted-test"]["auto_score"] == LAB00_AUTO_CSV
        and "missing test cells: test_cubic_sparsity" in rows["deleted-test"]["reason"]
    )
    assert rows["deleted-answer"]["auto_score"] == f"{LAB00_AUTO - 2:.1f}", "only cubic_sparsity's 2 points are lost"
    assert (
        rows["duplicated"]["auto_score"] == LAB00_AUTO_CSV
        and "duplicated grade cells: magnitude_mask" in rows["duplicated"]["reason"]
    )
    assert (
        rows["retyped"]["auto_score"] == LAB00_AUTO_CSV
        and "changed cell type: test_prune_model" in rows["retyped"]["reason"]
    )
    assert float(rows["loops"]["auto_score"]) < LAB00_AUTO and "time limit" in rows["loops"]["reason"]
    assert rows["exits"]["auto_score"] == "0.0" and "ended early" in rows["exits"]["reason"]
    assert rows["empty"]["status"] == "rejected" and "not a valid notebook" in rows["empty"]["reason"]
    assert (
        rows["wrong-name"]["status"] == "rejected" and "no notebook named lab00.ipynb" in rows["wrong-name"]["reason"]
    )
    for student in rows:
        assert any((course.root / "feedback" / student / LAB).iterdir()), f"no feedback for {student}"


# Cheats that each ride on the WRONG answers: none may score above those answers alone.
CHEATS = {
    "patches-comparisons": "import math, numpy, torch\ntorch.allclose = lambda *a, **k: True\n"
    "torch.equal = lambda *a, **k: True\nnumpy.testing.assert_allclose = lambda *a, **k: None\n"
    "math.isclose = lambda *a, **k: True\n",
    "no-op-helpers": "import utils.grading, utils.grading.checks as C\nfor _n in ('check_tensor', 'check_scalar', "
    "'check_equal', 'check_raises', 'check_own_code'):\n    setattr(C, _n, lambda *a, **k: None)\n"
    "    globals()[_n] = lambda *a, **k: None\n",
    "input-transformer": "def _drop_checks(lines):\n    return [l for l in lines if 'check_' not in l]\n"
    "get_ipython().input_transformers_cleanup.append(_drop_checks)\n",
    "equals-everything": "class _Any:\n    def __eq__(self, other):\n        return True\n"
    "    def __ne__(self, other):\n        return False\n"
    "magnitude_mask = lambda *a, **k: _Any()\n",
    "calls-reference": "from utils.pruning import magnitude_mask as _ref\nmagnitude_mask = lambda w, s: _ref(w, s)\n",
    "forges-records": "import json, os\n"
    "_ids = ['magnitude_mask/large_ties', 'magnitude_mask/invalid', 'cubic_sparsity/sweep']\n"
    "with open(os.environ['MCL_RECORDS'], 'a') as _f:\n    for _i in _ids:\n"
    "        _f.write(json.dumps({'id': _i, 'value': {'t': 'int', 'v': '0'}, 'verdict': True}) + '\\n')\n",
}


def _wrong(course: Course, cheat: str = "") -> nbformat.NotebookNode:
    nb = _solved(course)
    for function, source in WRONG.items():
        nb = audit.with_answer(nb, function, source)
    return _prefix(nb, "prune_model", cheat) if cheat else nb


def test_cheats_earn_nothing_beyond_their_wrong_answers_even_without_bubblewrap(tmp_path, monkeypatch):
    """The judge, not the sandbox, protects scores: this batch runs with resource limits only."""
    monkeypatch.setenv(sandbox.SANDBOX_ENV, "limits")
    sandbox.isolation.cache_clear()
    course = Course.create(tmp_path / "course", cell_timeout=20)
    course.release(LAB)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    nbformat.write(_solved(course), incoming / "honest.ipynb")
    nbformat.write(_wrong(course), incoming / "wrong.ipynb")
    for name, cheat in CHEATS.items():
        nbformat.write(_wrong(course, cheat), incoming / f"{name}.ipynb")
    points = _wrong(course)
    for cell in points.cells:
        if cells.is_test(cell):
            cell.metadata["nbgrader"]["points"] = 100
    nbformat.write(points, incoming / "edits-points.ipynb")
    renamed = _wrong(course)
    for cell in renamed.cells:
        if cells.is_test(cell):
            cell.metadata["nbgrader"]["grade_id"] += "_x"
    nbformat.write(renamed, incoming / "renames-grade-ids.ipynb")
    nbformat.write(
        _edit(_wrong(course), "test_conv2d_macs", lambda c: setattr(c, "cell_type", "markdown")),
        incoming / "test-to-markdown.ipynb",
    )
    nbformat.write(
        _edit(_wrong(course), "test_conv2d_macs", lambda c: setattr(c, "source", "")), incoming / "empties-test.ipynb"
    )

    course.collect(LAB, incoming)
    course.autograde(LAB, workers=2)
    first = _rows(course.export(LAB))
    course.autograde(LAB, workers=2, regrade_all=True)
    second = _rows(course.export(LAB))

    assert first["honest"]["auto_score"] == LAB00_AUTO_CSV
    baseline = float(first["wrong"]["auto_score"])
    assert baseline < 6, f"wrong answers alone earn {baseline}"
    for student, row in first.items():
        if student not in ("honest", "wrong"):
            assert float(row["auto_score"]) <= baseline, f"{student} earned {row['auto_score']} > {baseline}"
    assert "patches names the tests use" in first["patches-comparisons"]["reason"]
    assert "edited nbgrader metadata" in first["edits-points"]["reason"]
    assert "changed test cell: test_conv2d_macs" in first["empties-test"]["reason"]
    assert first == second, "grading the same batch twice gives identical results"
    sandbox.isolation.cache_clear()


def test_a_call_to_the_reference_fails_with_the_reason(tmp_path, released):
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    delegating = "def magnitude_mask(weight, sparsity):\n    return pruning.magnitude_mask(weight, sparsity)"
    nbformat.write(audit.with_answer(_solved(released), "magnitude_mask", delegating), incoming / "delegates.ipynb")
    released.collect(LAB, incoming)
    released.autograde(LAB, ["delegates"])
    judgement = released.judgement(LAB, "delegates")
    cell = judgement.cells["test_magnitude_mask"]
    assert cell.score == 0
    messages = " ".join(c.message for c in cell.checks)
    assert "uses utils.pruning.magnitude_mask" in messages and "not part of the student edition" in messages


def _git_log(repo: Path) -> list[str]:
    done = subprocess.run(["git", "-C", str(repo), "log", "--format=%s"], capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def test_the_student_edition_is_a_repository_that_each_release_advances_by_one_commit(tmp_path, capsys):
    out = tmp_path / "edition"
    assert cli.main(["student-edition", str(out), "--lab", "lab00"]) == 0
    assert sorted(p.name for p in (out / "labs").iterdir()) == ["lab00"]
    assert _git_log(out) == ["Release lab00"]
    # A student's work and an instructor's stray file stay as they are; a file the build no longer has goes.
    (out / "work" / "lab00").mkdir(parents=True)
    (out / "work" / "lab00" / "lab00.ipynb").write_text("my answers")
    (out / "notes.txt").write_text("untracked")
    (out / "labs" / "lab00" / "old_data.csv").write_text("1,2\n")
    subprocess.run(["git", "-C", str(out), "add", "labs"], check=True)
    subprocess.run(["git", "-C", str(out), "commit", "-qm", "an old file"], check=True, env=_GIT_ENV)

    assert cli.main(["student-edition", str(out), "--update", "--lab", "lab01"]) == 0
    assert "Release lab01" in capsys.readouterr().out
    assert sorted(p.name for p in (out / "labs").iterdir()) == ["lab00", "lab01"]
    assert _git_log(out) == ["Release lab01", "an old file", "Release lab00"]
    assert not (out / "labs" / "lab00" / "old_data.csv").exists()
    assert (out / "work" / "lab00" / "lab00.ipynb").read_text() == "my answers"
    assert (out / "notes.txt").read_text() == "untracked"
    assert edition.leaks(out) == []

    assert cli.main(["student-edition", str(out), "--update"]) == 0
    assert "nothing changed" in capsys.readouterr().out and len(_git_log(out)) == 3
    assert cli.main(["student-edition", str(tmp_path / "not-yet"), "--update"]) == 1
    assert "make the edition first" in capsys.readouterr().err


def test_student_edition_holds_no_solutions_and_no_reference_code(tmp_path, capsys):
    assert cli.main(["student-edition", str(tmp_path / "edition")]) == 0
    out = tmp_path / "edition"
    assert edition.leaks(out) == []
    assert {p.name for p in out.iterdir()} == {
        "labs",
        "utils",
        "README.md",
        "Makefile",
        "environment.yml",
        "pyproject.toml",
        "LICENSE",
        ".gitignore",
        ".git",  # a repository the instructor publishes; students pull each week's release
        "autograder",  # the student tools only (validate, workspace); leaks() checks each file
    }
    stripped = (out / "utils" / "pruning" / "magnitude.py").read_text()
    assert "argsort" not in stripped and "not part of the student edition" in stripped
    assert 'include = ["utils*", "autograder*"]' in (out / "pyproject.toml").read_text()
    source = nbformat.read(REPO_ROOT / "solutions" / LAB / "lab00.ipynb", as_version=4)
    solutions = [
        "\n".join(line.strip() for region, line in cells.regions(c.source) if region == "solution")
        for c in source.cells
        if cells.is_answer(c)
    ]
    text = "\n".join(
        line.strip() for p in out.rglob("*") if p.is_file() for line in p.read_text(errors="replace").splitlines()
    )
    assert len(solutions) == LAB00_FUNCTIONS and not [body for body in solutions if body in text], (
        "a solution is in the edition"
    )


def test_gradebook_can_live_at_any_sqlalchemy_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'shared' / 'grades.db'}"
    (tmp_path / "shared").mkdir()
    course = Course.create(tmp_path / "course", db_url=url)
    course.release(LAB)
    assert (tmp_path / "shared" / "grades.db").exists() and not (course.root / "gradebook.db").exists()


def test_course_misuse_gives_clear_errors(tmp_path, capsys):
    with pytest.raises(CourseError, match="inside the repository"):
        Course.create(REPO_ROOT / "my-course")
    with pytest.raises(CourseError, match="autograder init"):
        Course(tmp_path)
    course = Course.create(tmp_path / "course")
    with pytest.raises(CourseError, match="already a course folder"):
        Course.create(tmp_path / "course")
    with pytest.raises(CourseError, match="has not been released"):
        course.collect(LAB, tmp_path)
    with pytest.raises(CourseError, match="no lab 'lab42'"):
        course.release("lab42")
    assert cli.main(["collect", LAB, str(tmp_path / "missing"), "--course", str(course.root)]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_cli_check_reports_fresh_release(capsys):
    assert cli.main(["check", LAB]) == 0
    assert "release check: OK" in capsys.readouterr().out


def test_of_two_submissions_of_one_student_the_newer_is_kept_and_the_older_is_nobodys_grade(tmp_path, released):
    incoming = tmp_path / "incoming"
    (incoming / "alice").mkdir(parents=True)
    first = _solved(released)
    nbformat.write(first, incoming / "alice" / "lab00.ipynb")
    nbformat.write(_prefix(_solved(released), "magnitude_mask", "# second copy\n"), incoming / "alice.ipynb")
    nbformat.write(first, incoming / "bob smith.ipynb")
    nbformat.write(first, incoming / "bob_smith.ipynb")
    # alice's folder is a day older than her file; bob's two files have the same time.
    os.utime(incoming / "alice" / "lab00.ipynb", (1_700_000_000, 1_700_000_000))
    os.utime(incoming / "alice.ipynb", (1_700_086_400, 1_700_086_400))
    for name in ("bob smith.ipynb", "bob_smith.ipynb"):
        os.utime(incoming / name, (1_700_000_000, 1_700_000_000))

    outcomes = {o.student: o for o in released.collect(LAB, incoming)}

    assert set(outcomes) == {"alice"}, "an older or ambiguous file must never be collected as a submission"
    assert outcomes["alice"].note == "newest of 2 submissions by file time; set aside: alice"
    kept = nbformat.read(released.root / "submitted" / "alice" / LAB / "lab00.ipynb", as_version=4)
    assert any("# second copy" in cell.source for cell in kept.cells), "the newer submission must be kept"
    set_aside = {item.source: item for item in released.set_aside(LAB)}
    assert set(set_aside) == {"alice", "bob smith.ipynb", "bob_smith.ipynb"}
    assert set_aside["alice"].student == "alice" and "alice.ipynb is newer by file time" in set_aside["alice"].reason
    assert "with the same file time: remove all but one" in set_aside["bob_smith.ipynb"].reason
    assert "bob_smith" not in {row["student_id"] for row in released.grade_rows(LAB)}


def test_a_dask_cluster_grades_like_local_workers(tmp_path, released):
    import dask
    from dask.distributed import LocalCluster

    incoming = tmp_path / "incoming"
    incoming.mkdir()
    nbformat.write(_solved(released), incoming / "carol.ipynb")
    nbformat.write(audit.with_answer(_solved(released), "conv2d_macs", WRONG["conv2d_macs"]), incoming / "dave.ipynb")
    released.collect(LAB, incoming)
    released.autograde(LAB, ["carol", "dave"], workers=2)
    local = {s: released.judgement(LAB, s).score for s in ("carol", "dave")}
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
    ):
        released.autograde(LAB, ["carol", "dave"], scheduler=cluster.scheduler_address)
    assert {s: released.judgement(LAB, s).score for s in ("carol", "dave")} == local
    assert local["carol"] == LAB00_AUTO and local["dave"] == LAB00_AUTO - 3  # conv2d_macs is worth 3


def test_audit_variants_forked_after_setup_grade_like_fresh_sandboxes(released):
    notebooks = released.lab_notebooks(LAB)
    key = judge.Expected.load(released.root / "grading" / LAB / "answer_key.json")
    solved = _solved(released)
    variants = {
        "solution": solved,
        "wrong-macs": audit.with_answer(solved, "conv2d_macs", WRONG["conv2d_macs"]),
        "exits": audit.with_answer(solved, "sparsity_report", "import os\nos._exit(3)"),
        "after-exit": audit.with_answer(solved, "magnitude_mask", WRONG["magnitude_mask"]),
    }
    limits = Limits(cell_seconds=20, notebook_seconds=60)
    jobs, prepared = [], {}
    for name, nb in variants.items():
        job, prepared[name] = grader.submission_job(name, nb, notebooks, released.edition, limits)
        jobs.append(job)

    def verdicts(runs):
        return {
            name: (
                runs[name].ended,
                {
                    c.id: c.passed
                    for s in grader.judge_run(key, runs[name], prepared[name], notebooks).judgement.cells.values()
                    for c in s.checks
                },
            )
            for name in variants
        }

    fresh, forked = verdicts(grader.run_jobs(jobs, workers=2)), verdicts(grader.run_variants(jobs, workers=1))
    assert forked == fresh
    assert fresh["exits"][0] == "crashed (exit code 3)" and fresh["after-exit"][0] == "finished"
    assert all(fresh["solution"][1].values()) and not fresh["wrong-macs"][1]["conv2d_macs/stride"]
