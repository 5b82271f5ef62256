"""A personal work folder for students: ``python -m autograder workspace`` (what ``make lab`` runs first).

Students edit copies of the labs in ``work/`` (not tracked by git), so ``git pull`` never meets their
edits: each released lab folder ``labs/<lab>/`` is copied into ``work/<lab>/`` file by file, and a file
that already exists there is never overwritten, not even when the release changed since it was copied
(that is reported instead). A lab that arrives with ``git pull`` is copied on the next run.

It also writes a Jupyter configuration folder for students (``work/.jupyter/``): JupyterLab started with
``JUPYTER_CONFIG_DIR`` pointing there has nbgrader's instructor tools (formgrader, the course list, the
create-assignment toolbar) turned off, in the lab extension and the server alike. The assignment list,
which is the fetch and submit screen of a JupyterHub with nbgrader's exchange, and nbgrader's validate
button stay on a hub; on a laptop, where there is no exchange, the assignment list is off too.
Instructors who start plain ``jupyter lab`` keep everything.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

CONFIG_DIR = ".jupyter"  # inside the work folder
MANIFEST = ".released.json"  # inside the work folder: the release's hash of each file when it was copied
LAB_EXTENSION = "@jupyter/nbgrader"
INSTRUCTOR_TOOLS = ("formgrader", "course_list")  # server extensions; the lab plugins are named with dashes
EXCHANGE_TOOLS = ("assignment_list",)  # fetch and submit, which need a hub's exchange
SKIPPED = {"__pycache__", ".ipynb_checkpoints", ".DS_Store"}


@dataclass
class WorkspaceReport:
    """What :func:`prepare_workspace` did, as paths relative to the work folder.

    ``kept`` holds existing files left as they were; ``release_changed`` holds existing files left as they
    were although their release changed since they were copied (the two lists do not overlap).
    """

    copied: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    release_changed: list[Path] = field(default_factory=list)


def prepare_workspace(labs_dir: Path, work_dir: Path) -> WorkspaceReport:
    """Copy every file of ``labs_dir/<lab>/`` to ``work_dir/<lab>/`` unless it exists there already.

    Args:
        labs_dir: the released labs (``labs/``), one folder per lab.
        work_dir: the student's work folder (``work/``), created when missing.

    Returns:
        Which files were copied, which were kept, and which were kept although the release changed.
    """
    labs_dir, work_dir = Path(labs_dir), Path(work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    manifest = _read_manifest(work_dir / MANIFEST)
    report = WorkspaceReport()
    for source in _release_files(labs_dir):
        relative = source.relative_to(labs_dir)
        target, key, digest = work_dir / relative, relative.as_posix(), _digest(source)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            manifest[key] = digest
            report.copied.append(relative)
        elif key in manifest and manifest[key] != digest:
            report.release_changed.append(relative)
        else:
            manifest.setdefault(key, digest)
            report.kept.append(relative)
    (work_dir / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return report


def _release_files(labs_dir: Path) -> list[Path]:
    """The files of each lab folder, without caches and checkpoints."""
    files = []
    for lab in sorted(p for p in labs_dir.iterdir() if p.is_dir() and p.name not in SKIPPED):
        files += [
            path
            for path in sorted(lab.rglob("*"))
            if path.is_file() and not SKIPPED.intersection(path.relative_to(labs_dir).parts)
        ]
    return files


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_manifest(path: Path) -> dict[str, str]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def write_student_config(config_dir: Path, on_hub: bool = False) -> None:
    """Write a Jupyter config folder that turns nbgrader's instructor tools off (for ``JUPYTER_CONFIG_DIR``).

    Args:
        config_dir: the folder to write (created): ``labconfig/page_config.json`` disables the lab plugins,
            ``jupyter_server_config.json`` the server extensions.
        on_hub: keep the assignment list (fetch and submit through the exchange); off on a laptop.
    """
    config_dir = Path(config_dir)
    off = INSTRUCTOR_TOOLS if on_hub else INSTRUCTOR_TOOLS + EXCHANGE_TOOLS
    plugins = {f"{LAB_EXTENSION}:{name.replace('_', '-')}": True for name in (*off, "create_assignment")}
    plugins |= {f"{LAB_EXTENSION}:{name.replace('_', '-')}": False for name in EXCHANGE_TOOLS if on_hub}
    plugins[LAB_EXTENSION] = False  # the whole extension was off in earlier settings; now only its plugins are
    # JupyterLab's first-start prompt about Jupyter's news and privacy policy is noise in a course (seen on the hub).
    plugins["@jupyterlab/apputils-extension:announcements"] = True
    _merge_json(config_dir / "labconfig" / "page_config.json", {"disabledExtensions": plugins})
    servers = {f"nbgrader.server_extensions.{name}": name not in off for name in INSTRUCTOR_TOOLS + EXCHANGE_TOOLS}
    _merge_json(config_dir / "jupyter_server_config.json", {"ServerApp": {"jpserver_extensions": servers}})


def _merge_json(path: Path, settings: dict) -> None:
    """Write ``settings`` into the JSON file at ``path``, keeping what else it holds (a student's own settings)."""
    current = _read_json(path)
    for section, values in settings.items():
        merged = current.get(section) if isinstance(current.get(section), dict) else {}
        current[section] = {**merged, **values}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(current, indent=2) + "\n", encoding="utf-8")


def _read_json(path: Path) -> dict:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def summary(report: WorkspaceReport, work_dir: Path, labs_dir: Path) -> str:
    """A few lines for the student: what was copied, and which kept files have a newer release.

    Args:
        report: what :func:`prepare_workspace` did.
        work_dir: the work folder, to name the files.
        labs_dir: the releases, to name the newer ones.

    Returns:
        Text without a trailing newline.
    """
    lines = [f"Your work folder: {work_dir}/ (not tracked by git: git pull never touches it)"]
    if report.copied:
        lines.append(f"Copied {len(report.copied)} new file(s) from {labs_dir}/:")
        lines += [f"  {work_dir / p}" for p in report.copied]
    lines.append(f"Kept {len(report.kept) + len(report.release_changed)} file(s) you already have, unchanged.")
    if report.release_changed:
        lines.append("These releases changed since you copied them; your files were left as they are:")
        lines += [f"  {work_dir / p}  (new release: {labs_dir / p})" for p in report.release_changed]
        lines.append("Compare them, and copy over what you need by hand.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``workspace [--labs labs] [--work work] [--print-config-dir]``.

    Args:
        argv: the arguments after ``workspace``.

    Returns:
        0. With ``--print-config-dir`` it writes the Jupyter config and prints only its folder (for
        ``JUPYTER_CONFIG_DIR=$(...)``), copying nothing.
    """
    parser = argparse.ArgumentParser(
        prog="python -m autograder workspace", description="Copy the released labs into your work folder."
    )
    parser.add_argument("--labs", type=Path, default=Path("labs"), help="the released labs (default: labs)")
    parser.add_argument("--work", type=Path, default=Path("work"), help="your work folder (default: work)")
    parser.add_argument("--print-config-dir", action="store_true", help="print the student Jupyter config folder")
    args = parser.parse_args(argv)
    config_dir = args.work / CONFIG_DIR
    # JupyterHub sets JUPYTERHUB_USER in every single-user server it spawns.
    write_student_config(config_dir, on_hub="JUPYTERHUB_USER" in os.environ)
    if args.print_config_dir:
        print(config_dir.resolve())
        return 0
    if not args.labs.is_dir():
        parser.error(f"{args.labs} is not a folder of labs; run this from the course folder or give --labs")
    report = prepare_workspace(args.labs, args.work)
    print(summary(report, args.work, args.labs))
    print(f"Jupyter settings for students (nbgrader's instructor tools off): {config_dir}/")
    return 0
