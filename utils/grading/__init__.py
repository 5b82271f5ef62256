"""Grading helpers for lab test cells, and the data that travels from the grading sandbox to the judge.

checks     the checks test cells call (check_tensor, check_scalar, check_equal, check_raises, check_own_code), and
           raised, which names the error a call raises
records    answers as JSON that carries no code (no pickle), and the records file
compare    verdicts and teaching messages, shared by the notebook and the judge
own_code   whether a graded function uses a routine that the lab puts off-limits
cell_source a code cell's Python source, magics ignored, as both the notebook and the judge parse it
"""

from utils.grading.checks import (
    CheckFailed,
    attempt,
    check_equal,
    check_own_code,
    check_raises,
    check_scalar,
    check_tensor,
    in_grading_mode,
    pick,
    raised,
)

__all__ = [
    "CheckFailed",
    "attempt",
    "check_equal",
    "check_own_code",
    "check_raises",
    "check_scalar",
    "check_tensor",
    "in_grading_mode",
    "pick",
    "raised",
]
