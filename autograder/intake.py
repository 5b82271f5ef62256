"""Where submissions come in: a folder or an LMS's zip download, file names in an LMS's format, and a roster.

An LMS names each downloaded file after the student, not after our ids. Canvas writes
``smithjohn_LATE_123456_7890123_lab00-1.ipynb`` (name, late flag, Canvas user id, attachment id, the
file's own name), Moodle ``John Smith_4242_assignsubmission_file_lab00.ipynb`` (a folder or a file,
with the participant id), Gradescope ``submission_12345678/`` folders. :func:`read_entries` turns each
entry into a :class:`Entry` with the LMS's id, the name it gives and the late flag; a roster CSV
(``id,name,email,lms_id``) then maps it to the course's student id. Everything that cannot be mapped,
or maps twice, is listed in one :class:`IntakeReport` before anything is graded.

When several entries belong to one student (a resubmission beside the first attempt, or two folders
merged), the newest is kept: by the LMS's attempt number where the file name carries one (Canvas's
attachment ids grow with each upload), else by the files' modification time, which :func:`opened`
keeps from the zip. The others are set aside with the reason, never graded and never reported to the
student as a 0.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from tempfile import TemporaryDirectory

MAX_UNZIPPED_BYTES = 4 * 2**30  # a class of 300 notebooks with plots is well under 1 GiB
SAFE_ID = re.compile(r"[^A-Za-z0-9_.@-]")
LMS_FORMATS: dict[str, re.Pattern[str]] = {
    "canvas": re.compile(
        r"^(?P<name>[a-z0-9]+?)(?P<late>_late)?_(?P<lms_id>\d+)_(?P<attempt>\d+)_.+$",
        re.IGNORECASE,
    ),
    "moodle": re.compile(r"^(?P<name>.+?)_(?P<lms_id>\d+)_assignsubmission_[a-z]+_?.*$", re.IGNORECASE),
    "gradescope": re.compile(r"^submission_(?P<lms_id>\d+)$", re.IGNORECASE),
}
# id is required; the LMS exports also use section and the SIS ids when the roster has them.
ROSTER_COLUMNS = ("id", "name", "email", "lms_id", "section", "sis_user_id", "sis_login_id")


class IntakeError(ValueError):
    """The submissions or the roster cannot be read at all (a missing path, a broken zip, a bad roster)."""


@dataclass
class Entry:
    """One submission as it came in, and who it belongs to."""

    path: Path
    token: str  # what the file name says: an LMS id, a name, or our own id
    student: str = ""  # the course's student id; "" when it could not be decided
    name: str = ""
    lms_id: str = ""
    late: bool = False
    attempt: int | None = None  # the LMS's attempt or upload number, when the file name carries one
    problem: str = ""
    note: str = ""  # for the TA, e.g. which older submissions this one replaced

    @property
    def modified(self) -> float:
        """The newest modification time of the entry's files (a folder's own time changes when it is copied)."""
        if self.path.is_file():
            return self.path.stat().st_mtime
        times = [p.stat().st_mtime for p in self.path.rglob("*") if p.is_file()]
        return max(times, default=self.path.stat().st_mtime)


@dataclass
class IntakeReport:
    """Every entry of a batch, and the problems that stop some of them from being graded."""

    entries: list[Entry] = field(default_factory=list)

    @property
    def problems(self) -> list[Entry]:
        return [e for e in self.entries if e.problem]

    def summary(self) -> str:
        lines = [f"{len(self.entries)} submission(s) found; {len(self.problems)} cannot be matched to one student:"]
        lines += [f"  {e.path.name}: {e.problem}" for e in self.problems]
        return "\n".join(lines if self.problems else lines[:1])


@dataclass(frozen=True)
class RosterRow:
    id: str
    name: str = ""
    email: str = ""
    lms_id: str = ""
    section: str = ""
    sis_user_id: str = ""
    sis_login_id: str = ""


@contextmanager
def opened(path: str | Path) -> Iterator[Path]:
    """The folder of submissions at ``path``: the folder itself, or a zip extracted into a temporary folder."""
    path = Path(path)
    if path.is_dir():
        yield path
        return
    if not path.exists():
        raise IntakeError(f"{path} does not exist; give a folder of submissions or the LMS's .zip download")
    if not zipfile.is_zipfile(path):
        raise IntakeError(f"{path} is neither a folder nor a zip file")
    with TemporaryDirectory(prefix="mcl-intake-") as scratch:
        _extract(path, Path(scratch))
        yield _single_top_folder(Path(scratch))


def _extract(archive: Path, target: Path) -> None:
    """Extract ``archive`` into ``target``, refusing members that would land outside it and zip bombs."""
    with zipfile.ZipFile(archive) as bundle:
        members = [m for m in bundle.infolist() if not m.is_dir() and not _is_junk(PurePosixPath(m.filename))]
        total = sum(m.file_size for m in members)
        if total > MAX_UNZIPPED_BYTES:
            raise IntakeError(f"{archive} unpacks to {total / 2**30:.1f} GiB, more than a class's notebooks can be")
        for member in members:
            relative = PurePosixPath(member.filename)
            if relative.is_absolute() or ".." in relative.parts:
                raise IntakeError(f"{archive} holds {member.filename!r}, a path outside the archive; not extracted")
            destination = target.joinpath(*relative.parts)
            destination.parent.mkdir(parents=True, exist_ok=True)
            with bundle.open(member) as source, destination.open("wb") as sink:
                shutil.copyfileobj(source, sink)
            # The zip's own time is when the student uploaded; it decides which of two submissions is newer.
            stamp = time.mktime((*member.date_time, 0, 0, -1))
            os.utime(destination, (stamp, stamp))


def _is_junk(path: PurePosixPath) -> bool:
    return path.parts[0] == "__MACOSX" or path.name in (".DS_Store", "Thumbs.db")


def _single_top_folder(root: Path) -> Path:
    # Many LMS zips wrap everything in one folder named after the assignment.
    children = [c for c in root.iterdir() if not c.name.startswith(".")]
    if len(children) == 1 and children[0].is_dir() and not LMS_FORMATS["gradescope"].match(children[0].name):
        return children[0]
    return root


def read_roster(path: str | Path) -> list[RosterRow]:
    """Read a roster CSV with an ``id`` column and optional ``name``, ``email`` and ``lms_id`` columns."""
    path = Path(path)
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            columns = [c.strip().lower() for c in reader.fieldnames or []]
            if "id" not in columns:
                raise IntakeError(f"roster {path} needs an 'id' column; its columns are {columns}")
            rows = [{k.strip().lower(): (v or "").strip() for k, v in row.items() if k} for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise IntakeError(f"cannot read roster {path}: {error}") from error
    roster = [RosterRow(**{c: row.get(c, "") for c in ROSTER_COLUMNS}) for row in rows if row.get("id")]
    ids = [r.id for r in roster]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise IntakeError(f"roster {path} lists these ids more than once: {repeated}")
    return roster


def read_entries(
    folder: Path, lms: str | None = None, pattern: str | None = None, roster: list[RosterRow] | None = None
) -> IntakeReport:
    """Name the student of every entry of ``folder`` (hidden files skipped), and report what cannot be named.

    Args:
        folder: one entry per submission: a file, or a folder holding the lab's notebook(s).
        lms: ``"canvas"``, ``"moodle"`` or ``"gradescope"``: read ids the way that LMS writes file names.
        pattern: a regular expression instead, with a named group ``id`` (the student id) or ``lms_id``,
            and optionally ``name`` and ``late`` (any match sets the late flag).
        roster: maps LMS ids, emails, names and ids to the course's ids; an entry it cannot map is a problem.

    Returns:
        The report; entries whose ``problem`` is set must not be graded under any id.
    """
    regex = _regex(lms, pattern)
    report = IntakeReport()
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if _holds_a_link(path):
            # Never followed: a link in an unzipped folder could point at another student's notebook.
            reason = "holds a symbolic link, which the grader never follows: submit the notebook file itself"
            report.entries.append(Entry(path, path.name, problem=reason))
            continue
        if path.is_file() and path.suffix.lower() != ".ipynb":
            # A stray file claims no id, so it can never push a student's notebook aside as a duplicate.
            reason = f"not a notebook ({path.suffix or 'no extension'}): submit the lab's .ipynb file"
            report.entries.append(Entry(path, path.name, problem=reason))
            continue
        entry = _parse(path, regex)
        if roster is not None and not entry.problem:
            _match(entry, roster)
        elif not entry.problem:
            entry.student = safe_id(entry.token)
        report.entries.append(entry)
    _keep_newest(report.entries)
    return report


def _holds_a_link(path: Path) -> bool:
    """Whether ``path`` is a symbolic link, or a folder with one anywhere inside (rglob does not follow them)."""
    return path.is_symlink() or (path.is_dir() and any(p.is_symlink() for p in path.rglob("*")))


def _regex(lms: str | None, pattern: str | None) -> re.Pattern[str] | None:
    if lms and pattern:
        raise IntakeError("give an LMS format or a pattern, not both")
    if lms:
        if lms not in LMS_FORMATS:
            raise IntakeError(f"unknown LMS format {lms!r}; known: {sorted(LMS_FORMATS)}")
        return LMS_FORMATS[lms]
    if pattern:
        try:
            regex = re.compile(pattern)
        except re.error as error:
            raise IntakeError(f"the id pattern {pattern!r} is not a regular expression: {error}") from error
        if not {"id", "lms_id"} & set(regex.groupindex):
            raise IntakeError(f"the id pattern {pattern!r} needs a named group (?P<id>...) or (?P<lms_id>...)")
        return regex
    return None


def _parse(path: Path, regex: re.Pattern[str] | None) -> Entry:
    stem = path.name[: -len(path.suffix)] if path.is_file() and path.suffix else path.name
    if regex is None:
        return Entry(path, stem)
    match = regex.match(stem)
    if match is None:
        return Entry(path, stem, problem=f"the file name does not follow the {regex.pattern!r} pattern")
    groups = {k: v for k, v in match.groupdict().items() if v}
    token = groups.get("id") or groups.get("lms_id") or ""
    attempt = int(groups["attempt"]) if groups.get("attempt", "").isdigit() else None
    return Entry(
        path,
        token,
        name=groups.get("name", ""),
        lms_id=groups.get("lms_id", ""),
        late="late" in groups,
        attempt=attempt,
    )


def _match(entry: Entry, roster: list[RosterRow]) -> None:
    """Set ``entry.student`` from the roster, or ``entry.problem`` when no row or several rows fit."""
    wanted = {_key(entry.token), _key(entry.lms_id), _key(entry.name)} - {""}
    fitting = [
        row
        for row in roster
        if wanted & {_key(row.id), _key(row.lms_id), _key(row.email), _key(row.email.split("@")[0]), _key(row.name)}
    ]
    if len(fitting) == 1:
        entry.student, entry.name = fitting[0].id, fitting[0].name or entry.name
        entry.lms_id = entry.lms_id or fitting[0].lms_id
    elif not fitting:
        entry.problem = f"no roster row matches {entry.token!r}" + (f" ({entry.name})" if entry.name else "")
    else:
        entry.problem = f"{entry.token!r} matches {len(fitting)} roster rows: {', '.join(r.id for r in fitting)}"


def _key(text: str) -> str:
    """Compare names the way LMSs mangle them: case, spaces and punctuation do not count."""
    return re.sub(r"[^a-z0-9@]", "", text.lower())


def _keep_newest(entries: list[Entry]) -> None:
    """Of the entries that map to one student, keep the newest; set the others aside with the reason."""
    by_student: dict[str, list[Entry]] = {}
    for entry in entries:
        if not entry.problem:
            by_student.setdefault(entry.student, []).append(entry)
    for student, mine in by_student.items():
        if len(mine) > 1:
            _set_aside_older(student, mine)


def _set_aside_older(student: str, mine: list[Entry]) -> None:
    by_attempt = all(e.attempt is not None for e in mine)
    rule = "attempt number" if by_attempt else "file time"

    def age(entry: Entry) -> float:
        return float(entry.attempt) if by_attempt else entry.modified

    *older, newest = sorted(mine, key=age)
    if age(older[-1]) == age(newest):
        # Nothing says which is newer, so none is graded until the TA removes the others.
        names = ", ".join(e.path.name for e in mine)
        for entry in mine:
            entry.problem = f"{names} all map to student id {student!r} with the same {rule}: remove all but one"
        return
    newest.note = f"newest of {len(mine)} submissions by {rule}; set aside: " + ", ".join(e.path.name for e in older)
    for entry in older:
        entry.problem = f"an older submission of {student!r}: {newest.path.name} is newer by {rule}, and is graded"


def safe_id(token: str) -> str:
    """A student id that is safe as a folder name and a gradebook key."""
    return SAFE_ID.sub("_", token).lstrip("_.-@") or "unnamed"
