"""The README's Layout is enough to find the engine's main pieces, and it names every module that exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
LAYOUT = README[README.index("## Layout") :]


def _row(words: str) -> str:
    """The module named first in the one layout row that contains ``words``."""
    rows = [line for line in LAYOUT.splitlines() if line.startswith("| `") and words in line]
    assert len(rows) == 1, f"{len(rows)} layout rows mention {words!r}"
    return re.match(r"\| `([^`]+)`", rows[0]).group(1)


def test_a_newcomer_finds_the_answer_key_the_csv_and_the_verdict_from_the_layout():
    assert _row("the answer key (`answer_key`)") == "grader"
    assert "def answer_key(" in (ROOT / "autograder" / "grader.py").read_text()
    assert _row("the CSV writer") == "exports"
    assert "def write_csv(" in (ROOT / "autograder" / "exports.py").read_text()
    assert _row("a check's verdict") == "grading/"
    assert "def judge(" in (ROOT / "utils" / "grading" / "compare.py").read_text()


def test_every_module_of_the_engine_and_of_utils_is_in_the_layout():
    named = set(re.findall(r"`([a-z_0-9]+)`", LAYOUT))
    engine = {p.stem for p in (ROOT / "autograder").glob("*.py")} - {"__init__", "__main__"}
    utils = {p.stem for p in (ROOT / "utils").rglob("*.py")} - {"__init__"}
    assert engine - named == set() and utils - named == set()
