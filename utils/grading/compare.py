"""Verdicts: does a recorded answer match the expected one, and if not, what should the student read?

One implementation serves both places a check is judged: in the student's notebook (visible checks,
at once) and in the judge (every check, on records from the grading sandbox). Messages report the
first difference in this order: the answer raised, type, shape, dtype, device, values. A wrong answer
that equals a declared mistake's answer names that mistake. The check's hint follows a wrong value or an
exception, the failures it is written to explain; a wrong type, shape or dtype speaks for itself.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

import numpy as np

from utils.grading import records

NOT_ATTEMPTED = "NotImplementedError"
MISTAKE_SENTENCE = "This is exactly the answer you get when you "  # how a message names a declared mistake


class VerdictKind(str, Enum):
    """What happened to one check, for code that must tell the cases apart without reading the message."""

    PASSED = "passed"
    WRONG = "wrong"  # an answer that differs from the expected one (or the wrong exception)
    RAISED = "raised"  # the answer raised where a value was expected
    NOT_ATTEMPTED = "not attempted"  # the function still raises the release's NotImplementedError
    NOT_RUN = "not run"  # no record: the test stopped before this check
    OFF_LIMITS = "off-limits"  # an own-code check: the function calls a routine the lab forbids
    MALFORMED = "malformed record"


@dataclass(frozen=True)
class Verdict:
    """The result of one check: passed or not, the message a student reads when not, what kind of result it is,
    and the declared mistake the answer equals (its description), if any."""

    passed: bool
    message: str = ""
    kind: VerdictKind = VerdictKind.WRONG
    mistake: str = ""

    def __post_init__(self) -> None:
        if self.passed:  # a passed check has no other kind
            object.__setattr__(self, "kind", VerdictKind.PASSED)


PASS = Verdict(True)


def judge(spec: Mapping[str, Any], expected: Mapping[str, Any], actual: Mapping[str, Any]) -> Verdict:
    """Compare one check's record ``actual`` with the solution's record ``expected`` under ``spec``.

    Args:
        spec: the check as the solution recorded it: ``kind``, ``name``, tolerances, ``hint``, ``mistakes``.
        expected: the solution's record (``{"value": ...}``, or ``{"error": ...}`` for a raises check).
        actual: the student's record, or ``{}`` when the check never ran.

    Returns:
        The verdict; a malformed record fails with a message rather than raising.
    """
    name = str(spec.get("name", "the answer"))
    if not actual:
        message = f"{name} was not checked: the test stopped before it (an earlier error, or time ran out)"
        return Verdict(False, message, VerdictKind.NOT_RUN)
    kind = spec.get("kind")
    if kind == "raises":
        return _judge_raises(spec, name, actual)
    if "error" in actual:
        if _not_attempted(actual["error"]):
            return Verdict(False, _raised_message(name, actual["error"]), VerdictKind.NOT_ATTEMPTED)
        return Verdict(False, _raised_message(name, actual["error"]) + _hint(spec), VerdictKind.RAISED)
    if "value" not in actual or "value" not in expected:
        return Verdict(False, f"{name}: no value was recorded", VerdictKind.MALFORMED)
    try:
        if kind == "tensor":
            return _judge_tensor(spec, name, expected["value"], actual["value"])
        if kind == "scalar":
            return _judge_scalar(spec, name, expected["value"], actual["value"])
        if kind == "equal":
            return _judge_equal(spec, name, expected["value"], actual["value"])
    except records.RecordError as error:
        return Verdict(False, f"{name}: the recorded answer is malformed ({error})", VerdictKind.MALFORMED)
    return Verdict(False, f"{name}: unknown check kind {kind!r}", VerdictKind.MALFORMED)


def _not_attempted(error: Mapping[str, Any]) -> bool:
    """Whether the answer raised the release's bare ``NotImplementedError``."""
    return str(error.get("type")) == NOT_ATTEMPTED and not error.get("message")


def _raised_message(name: str, error: Mapping[str, Any]) -> str:
    kind, message = str(error.get("type", "an exception")), str(error.get("message", ""))
    if _not_attempted(error):
        return f"{name} raised NotImplementedError: not attempted yet"
    return f"{name} raised {kind}: {message}" if message else f"{name} raised {kind}"


def _judge_raises(spec: Mapping[str, Any], name: str, actual: Mapping[str, Any]) -> Verdict:
    wanted = str(spec.get("exception"))
    if "error" in actual:
        raised = actual["error"]
        if wanted in raised.get("mro", []):
            return PASS
        kind = VerdictKind.NOT_ATTEMPTED if _not_attempted(raised) else VerdictKind.WRONG
        return Verdict(False, _raised_message(name, raised) + f", but it should raise {wanted}" + _hint(spec), kind)
    shown = _show(actual.get("value", {"t": "none"}))
    return Verdict(False, f"{name} should raise {wanted}, but it returned {shown}" + _hint(spec))


def _judge_tensor(
    spec: Mapping[str, Any], name: str, expected: Mapping[str, Any], actual: Mapping[str, Any]
) -> Verdict:
    if actual.get("t") != expected.get("t"):
        return Verdict(False, f"{name} should be a {records.describe(expected)}, got {records.describe(actual)}")
    want, got = records.decode_array(expected), records.decode_array(actual)
    atol, rtol = float(spec.get("atol", 0.0)), float(spec.get("rtol", 0.0))
    if got.shape != want.shape:
        message = f"{name} has shape {got.shape} but should have shape {want.shape}"
        mistake = _matching_mistake(spec, actual, atol, rtol, same_dtype=True)
        return Verdict(False, message + _with_hint(spec, mistake), mistake=mistake)
    if actual.get("dtype") != expected.get("dtype"):
        message = f"{name} has dtype {actual.get('dtype')} but should have dtype {expected.get('dtype')}"
        mistake = _matching_mistake(spec, actual, atol, rtol, same_dtype=True)
        return Verdict(False, message + _with_hint(spec, mistake), mistake=mistake)
    if actual.get("device") != expected.get("device"):
        return Verdict(
            False,
            f"{name} is on device {actual.get('device')} but should be on {expected.get('device')}, like its input",
        )
    differ = ~_close(got, want, atol, rtol)
    if not differ.any():
        return PASS
    first = tuple(int(i) for i in np.argwhere(differ)[0])
    index = first[0] if len(first) == 1 else first
    message = (
        f"{name} is wrong: {int(differ.sum())} of {differ.size} values differ; the first at index {index}: "
        f"got {got[first].item()!r}, expected {want[first].item()!r}"
    )
    mistake = _matching_mistake(spec, actual, atol, rtol)
    return Verdict(False, message + _named(mistake) + _hint(spec), mistake=mistake)


def _close(got: np.ndarray, want: np.ndarray, atol: float, rtol: float) -> np.ndarray:
    if got.dtype.kind in "bui" and want.dtype.kind in "bui":
        return got.astype(np.int64) == want.astype(np.int64)
    return np.isclose(got.astype(np.complex128), want.astype(np.complex128), rtol=rtol, atol=atol, equal_nan=True)


def _matching_mistake(
    spec: Mapping[str, Any], actual: Mapping[str, Any], atol: float, rtol: float, same_dtype: bool = False
) -> str:
    """The description of the declared mistake whose answer ``actual`` equals, or "".

    With ``same_dtype`` the mistake's dtype must match too: an answer of the wrong shape or dtype is named only
    by a mistake that predicts exactly that answer.
    """
    got = records.decode_array(actual)
    for description, wrong in (spec.get("mistakes") or {}).items():
        if wrong.get("t") != actual.get("t") or (same_dtype and wrong.get("dtype") != actual.get("dtype")):
            continue
        wrong_values = records.decode_array(wrong)
        if wrong_values.shape == got.shape and _close(got, wrong_values, atol, rtol).all():
            return description
    return ""


def _with_hint(spec: Mapping[str, Any], mistake: str) -> str:
    """A named mistake with the check's hint; nothing when no mistake explains a wrong shape or dtype, because
    the hint is about values and would mislead."""
    return _named(mistake) + _hint(spec) if mistake else ""


def _judge_scalar(
    spec: Mapping[str, Any], name: str, expected: Mapping[str, Any], actual: Mapping[str, Any]
) -> Verdict:
    types = spec.get("types")
    shown = _show(actual)
    if types and (actual.get("t") not in types):
        return Verdict(
            False, f"{name} should be of type {' or '.join(types)}, got {records.describe(actual)} ({shown})"
        )
    got, want = records.number(actual), records.number(expected)
    if got is None or actual.get("t") == "bool":
        return Verdict(False, f"{name} should be a number, got {records.describe(actual)} ({shown})")
    if want is None:
        return Verdict(False, f"{name}: the expected value is not a number")
    rel_tol, abs_tol = float(spec.get("rel_tol", 0.0)), float(spec.get("abs_tol", 0.0))
    if math.isclose(got, want, rel_tol=rel_tol, abs_tol=abs_tol):
        return PASS
    mistake = ""
    for description, wrong in (spec.get("mistakes") or {}).items():
        wrong_number = records.number(wrong)
        if wrong_number is not None and math.isclose(got, wrong_number, rel_tol=1e-9, abs_tol=1e-12):
            mistake = description
            break
    message = f"{name} is {shown}, expected {_show(expected)}" + _named(mistake) + _hint(spec)
    return Verdict(False, message, mistake=mistake)


def _judge_equal(spec: Mapping[str, Any], name: str, expected: Mapping[str, Any], actual: Mapping[str, Any]) -> Verdict:
    if actual == expected:
        return PASS
    mistake = next((d for d, wrong in (spec.get("mistakes") or {}).items() if wrong == actual), "")
    message = f"{name} is {_show(actual)}, expected {_show(expected)}" + _named(mistake) + _hint(spec)
    return Verdict(False, message, mistake=mistake)


def _named(mistake: str) -> str:
    """The sentence that names a declared mistake in a message, or "" for none."""
    return f".\n{MISTAKE_SENTENCE}{mistake}" if mistake else ""


def _hint(spec: Mapping[str, Any]) -> str:
    hint = spec.get("hint")
    return f".\nHint: {hint}" if hint else ""


def _show(encoded: Mapping[str, Any], limit: int = 120) -> str:
    """A Python-like rendering of a small encoded value, cut to ``limit`` characters."""
    text = repr(_plain(encoded))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _plain(encoded: Mapping[str, Any]) -> Any:
    kind = encoded.get("t")
    if kind in ("none", "bool", "str"):
        return encoded.get("v")
    if kind in ("int", "float", "npscalar"):
        return records.number(encoded)
    if kind in ("list", "tuple"):
        items = [_plain(item) for item in encoded.get("v", [])]
        return items if kind == "list" else tuple(items)
    if kind == "dict":
        return {_hashable(_plain(k)): _plain(v) for k, v in encoded.get("v", [])}
    if kind in ("tensor", "ndarray"):
        return _Shown(f"{records.describe(encoded)} of shape {tuple(encoded.get('shape', ()))}")
    return _Shown(records.describe(encoded))


def _hashable(value: Any) -> Any:
    return value if isinstance(value, (str, int, float, tuple, type(None))) else repr(value)


class _Shown(str):
    """A string that prints without quotes inside a rendered container."""

    def __repr__(self) -> str:
        return str(self)
