"""Command line for instructors and TAs: ``python -m autograder <command> ...`` (``--help`` on each)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from autograder import audit, demo, edition, exports, intake, release, stats, validate, workspace
from autograder.course import Course, CourseError
from autograder.jobs import DEFAULT_LIMITS
from autograder.judge import ExpectedError
from autograder.tables import format_table

COMMANDS_HELP = """\
instructor:  generate [LAB ...]   regenerate labs/ from solutions/ with nbgrader (--solutions DIR: a course's
                                  own labs, kept elsewhere; releases go to labs/ beside DIR)
             check [LAB ...]      fail if labs/ is stale or leaks solutions or hidden tests (runs no tests)
             audit [LAB ...]      grade every declared mistake and alternative; exit 1 on an escape
                                  (--compact LAB: rewrite its variant files as .edit, only what differs)
             student-edition OUT  the student edition as a git repository: labs/, utils without references
                                  (--lab LAB to publish only some; --update commits next week's into OUT)
TA:          init COURSE          create a course folder (outside this repository)
             release LAB          record LAB in the course gradebook (run once per lab)
             grade LAB SUBS       collect + autograde the new or changed + feedback + export, in one go
             collect LAB SUBS     import a folder or .zip: <student>.ipynb or <student>/*.ipynb per entry
                                  (--lms canvas|moodle|gradescope, --id-pattern REGEX, --roster CSV)
             autograde LAB        grade new or changed submissions in sandboxes (--all, --student ID,
                                  --workers N, --scheduler); refreshes their feedback and the export
             feedback LAB         write feedback/<student>/LAB/ and a zip per student
             export LAB           write the grades, per-check and set-aside CSVs (--format canvas|moodle
                                  for the LMS's import file, --missing blank|zero for roster students
                                  who submitted nothing)
             stats LAB            per test cell and check: mean, full marks, most failed, named mistakes
student:     validate NOTEBOOK    run a notebook the way the grader will and say what needs fixing
             workspace            copy new labs into the untracked work/ folder (never overwrites)
demo:        demo                 release Lab 0, grade five sample submissions, print the table
"""


STUDENT_COMMANDS = {"validate": validate.main, "workspace": workspace.main}  # they parse their own arguments


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in STUDENT_COMMANDS:
        return STUDENT_COMMANDS[argv[0]](argv[1:])
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except (CourseError, release.ReleaseError, ExpectedError, edition.EditionError, intake.IntakeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m autograder", description=COMMANDS_HELP, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(required=True, metavar="command")

    for name, run, text in [
        ("generate", _generate, "regenerate labs/ from solutions/"),
        ("check", _check, "check that labs/ is fresh and leaks nothing"),
    ]:
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("labs", nargs="*", metavar="LAB", help="default: every lab in solutions/")
        _solutions_option(cmd)
        cmd.set_defaults(run=run)

    cmd = sub.add_parser("audit", help="grade every declared mistake and alternative of a lab; exit 1 on any escape")
    cmd.add_argument("labs", nargs="*", metavar="LAB", help="default: every lab in solutions/")
    cmd.add_argument("--workers", type=int, default=2, help="notebooks graded at once (default 2)")
    cmd.add_argument(
        "--function", action="append", default=[], metavar="NAME", help="audit only this function (repeatable)"
    )
    cmd.add_argument(
        "--compact",
        action="store_true",
        help="grade nothing: rewrite the labs' whole-cell variant files as .edit files (only what differs from the "
        "solution) where much shorter and provably the same",
    )
    _solutions_option(cmd)
    cmd.set_defaults(run=_audit)

    cmd = sub.add_parser("student-edition", help="write what students install (no solutions, no hidden tests)")
    cmd.add_argument("out", type=Path, help="a new folder, or with --update the edition repository")
    cmd.add_argument("--lab", action="append", dest="labs", help="a lab to publish (repeatable; default: all)")
    cmd.add_argument(
        "--update", action="store_true", help="commit the new labs and fixes into the existing edition repository"
    )
    _solutions_option(cmd)
    cmd.set_defaults(run=_student_edition)

    cmd = sub.add_parser("init", help="create a course folder")
    cmd.add_argument("course", type=Path)
    cmd.add_argument("--course-id", help="nbgrader course id (default: the folder name)")
    cmd.add_argument("--db-url", help="SQLAlchemy URL of the gradebook (default: SQLite in the folder)")
    cell, notebook, memory = (
        int(DEFAULT_LIMITS.cell_seconds),
        int(DEFAULT_LIMITS.notebook_seconds),
        DEFAULT_LIMITS.memory_bytes / 2**30,
    )
    cmd.add_argument("--cell-timeout", type=int, default=cell, help=f"seconds per cell while autograding ({cell})")
    cmd.add_argument("--notebook-timeout", type=int, default=notebook, help=f"seconds per submission ({notebook})")
    cmd.add_argument("--memory-gib", type=float, default=memory, help=f"memory per submission in GiB ({memory:g})")
    cmd.add_argument("--exchange", type=Path, help="nbgrader's exchange folder on a JupyterHub (c.Exchange.root)")
    cmd.set_defaults(run=_init)

    for name, run, text, takes_folder in [
        ("release", _release, "record a lab in the course and write its release", False),
        ("collect", _collect, "import a folder or zip of submissions", True),
        ("autograde", _autograde, "autograde new or changed submissions", False),
        ("feedback", _feedback, "write feedback files", False),
        ("export", _export, "write the grades CSVs", False),
        ("grade", _grade, "collect, autograde, write feedback and export", True),
        ("stats", _stats, "what the class got right and wrong, per test cell and check", False),
    ]:
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("lab")
        if takes_folder:
            cmd.add_argument(
                "submissions", type=Path, help="a folder or .zip: one <student>.ipynb or <student>/ per student"
            )
            cmd.add_argument("--lms", choices=sorted(intake.LMS_FORMATS), help="read ids from this LMS's file names")
            cmd.add_argument("--id-pattern", help="regex with a named group id or lms_id (and optional name, late)")
            cmd.add_argument(
                "--roster",
                type=Path,
                help="CSV with an id column and optional name, email, lms_id, section, sis_user_id, sis_login_id; "
                "kept, so that the export has a row for every roster student",
            )
        cmd.add_argument("--course", type=Path, default=Path.cwd(), help="course folder (default: the current one)")
        if name == "release":
            _solutions_option(cmd)
        if name == "export":
            cmd.add_argument("--output", type=Path, help="CSV path (default: COURSE/exports/LAB_grades.csv)")
        if name in ("export", "grade"):
            cmd.add_argument(
                "--format",
                choices=exports.LMS_FORMATS,
                help="also write the LMS's import file: canvas (gradebook import) or moodle (grading worksheet, "
                "and a feedback-files zip)",
            )
            cmd.add_argument("--assignment", default="", help="Canvas's column header, e.g. 'Lab 0 (4321)'")
            cmd.add_argument(
                "--missing",
                choices=("blank", "zero"),
                default="blank",
                help="score of a roster student who submitted nothing (default blank: the LMS keeps its grade)",
            )
        if name in ("autograde", "grade"):
            cmd.add_argument("--student", action="append", help="only this student, changed or not (repeatable)")
            cmd.add_argument("--all", dest="regrade_all", action="store_true", help="grade unchanged ones again")
            cmd.add_argument("--workers", type=int, default=1, help="submissions graded at once (default 1)")
            cmd.add_argument("--scheduler", help="address of a Dask scheduler to run the submissions on")
        cmd.set_defaults(run=run)

    cmd = sub.add_parser("demo", help="grade five sample submissions of Lab 0 in a fresh course folder")
    cmd.add_argument("--course", type=Path, help="where to create the course (default: a new temporary folder)")
    cmd.set_defaults(run=_demo)
    return parser


def _solutions_option(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument(
        "--solutions",
        type=lambda text: release.LabSources(Path(text).resolve()),
        default=release.REPO_LABS,
        dest="sources",
        metavar="DIR",
        help="the course's solutions root: one folder per lab; releases in labs/ and its own package in "
        "course_utils/ beside it (default: this repository's solutions/)",
    )


def _generate(args: argparse.Namespace) -> int:
    for lab in args.labs or args.sources.available():
        print(f"generated {release.generate(lab, args.sources)}")
    return 0


def _check(args: argparse.Namespace) -> int:
    problems, warnings = [], []
    for lab in args.labs or args.sources.available():
        lab_problems, lab_warnings = release.check(lab, args.sources)
        problems += lab_problems
        warnings += lab_warnings
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for problem in problems:
        print(problem, file=sys.stderr)
    verdict = "OK" if not problems else f"{len(problems)} problem(s)"
    print(f"release check: {verdict} (fresh and leak-free; it runs no tests: `make test` does)")
    return 1 if problems else 0


def _init(args: argparse.Namespace) -> int:
    course = Course.create(
        args.course,
        args.course_id,
        args.db_url,
        args.cell_timeout,
        args.notebook_timeout,
        args.memory_gib,
        args.exchange,
    )
    print(f"created course folder {course.root}")
    return 0


def _release(args: argparse.Namespace) -> int:
    course = Course(args.course)
    for warning in course.release(args.lab, args.sources):
        print(f"warning: {warning}", file=sys.stderr)
    print(f"released {args.lab}: students get {course.root / 'release' / args.lab}")
    return 0


def _collect(args: argparse.Namespace) -> int:
    outcomes = Course(args.course).collect(args.lab, args.submissions, args.lms, args.id_pattern, args.roster)
    for outcome in outcomes:
        print(f"{outcome.student}: {outcome.status.value}" + (f" ({outcome.reason})" if outcome.reason else ""))
    print(f"collected {len(outcomes)} submission(s) of {args.lab}")
    return 0


def _autograde(args: argparse.Namespace) -> int:
    course = Course(args.course)
    course.autograde(
        args.lab, args.student, workers=args.workers, scheduler=args.scheduler, regrade_all=args.regrade_all
    )
    return 0


def _feedback(args: argparse.Namespace) -> int:
    written = Course(args.course).feedback(args.lab)
    print(f"wrote {len(written)} feedback file(s) under {Path(args.course).resolve() / 'feedback'}")
    return 0


def _export(args: argparse.Namespace) -> int:
    course = Course(args.course)
    print(f"wrote {course.export(args.lab, args.output, args.missing)}")
    _export_lms(course, args)
    return 0


def _export_lms(course: Course, args: argparse.Namespace) -> None:
    if not args.format:
        return
    path, warnings = course.export_lms(args.lab, args.format, missing=args.missing, assignment=args.assignment)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"wrote {path}")


def _grade(args: argparse.Namespace) -> int:
    course = Course(args.course)
    course.grade(
        args.lab,
        args.submissions,
        args.lms,
        args.id_pattern,
        args.roster,
        students=args.student,
        workers=args.workers,
        scheduler=args.scheduler,
        regrade_all=args.regrade_all,
        missing=args.missing,
    )
    print(format_table(course.grade_rows(args.lab, args.missing)))
    print(f"grades: {course.root / 'exports' / f'{args.lab}_grades.csv'}")
    _export_lms(course, args)
    return 0


def _stats(args: argparse.Namespace) -> int:
    course = Course(args.course)
    judgements = [course.judgement(args.lab, o.student) for o in course.graded(args.lab)]
    if not judgements:
        print(f"no graded submission of {args.lab} yet")
        return 1
    cells = stats.collect(judgements)
    print(stats.format_stats(args.lab, cells, len(judgements)))
    print(f"plot: {stats.plot(args.lab, cells, course.root / 'exports' / f'{args.lab}_stats.png')}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    return demo.run_demo(args.course)


def _audit(args: argparse.Namespace) -> int:
    if args.compact:
        return _compact(args)
    failed = False
    for lab in args.labs or args.sources.available():
        report = audit.audit(lab, args.sources, workers=args.workers, functions=args.function)
        print(audit.format_report(report))
        failed = failed or not report.ok
    return 1 if failed else 0


def _compact(args: argparse.Namespace) -> int:
    if not args.labs:
        print("error: name the labs to compact (their variant files are rewritten)", file=sys.stderr)
        return 2
    for lab in args.labs:
        rewritten = audit.compact_lab(args.sources.lab_dir(lab))
        for path, before, after in rewritten:
            print(f"{path}: {before} -> {after} characters")
        print(f"{lab}: {len(rewritten)} variant file(s) rewritten as .edit")
    return 0


def _student_edition(args: argparse.Namespace) -> int:
    try:
        summary = edition.publish(args.out, args.labs, args.update, args.sources)
    except edition.EditionError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"student edition {args.out}: {summary}\npush it where students clone from; they `git pull` each week")
    return 0
