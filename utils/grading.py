"""Helpers for the labs' test cells: grading-mode switch and comparisons whose failures teach.

A failed check raises ``AssertionError`` (so nbgrader scores the cell 0) with a
message that says what differed: the type, the shape, the dtype, or how many
values and the first differing index, followed by a hint. When the wrong answer
is exactly what a known mistake produces, the message names that mistake.
"""
from __future__ import annotations

import math
import os
from collections.abc import Mapping
from typing import TypeVar

import numpy as np
import torch

T = TypeVar("T")

Array = torch.Tensor | np.ndarray


def in_grading_mode() -> bool:
    """True while nbgrader autogrades or validates (it sets ``NBGRADER_EXECUTION``)."""
    return bool(os.environ.get("NBGRADER_EXECUTION"))


def pick(normal: T, grading: T) -> T:
    """``grading`` under nbgrader, ``normal`` otherwise: experiments shrink, graded functions don't."""
    return grading if in_grading_mode() else normal


def check_tensor(
    actual: object,
    expected: Array,
    name: str = "result",
    *,
    atol: float = 0.0,
    rtol: float = 0.0,
    hint: str | None = None,
    mistakes: Mapping[str, Array] | None = None,
) -> None:
    """Assert that ``actual`` matches ``expected`` in type, shape, dtype and values.

    Args:
        actual: what the student's function returned.
        expected: the right answer (a torch tensor or NumPy array; ``actual`` must be the same kind).
        name: how the message calls the value, e.g. ``"magnitude_mask(w, 0.5)"``.
        atol, rtol: tolerances as in ``torch.isclose``; both 0 demands exact equality.
        hint: appended to any failure.
        mistakes: ``{description: what that mistake returns}``; a wrong answer equal to one of them is named.

    Raises:
        AssertionError: with a message that explains the first difference found.
    """
    __tracebackhide__ = True  # IPython and pytest then show the student's line, not ours
    expected_t = _as_tensor(expected)
    kind = type(expected).__name__ if isinstance(expected, np.ndarray) else "torch.Tensor"
    if not isinstance(actual, type(expected)):
        _fail(f"{name} should be a {kind}, got {type(actual).__name__}", hint)
    actual_t = _as_tensor(actual)
    if actual_t.shape != expected_t.shape:
        _fail(f"{name} has shape {tuple(actual_t.shape)} but should have shape {tuple(expected_t.shape)}", hint)
    if actual_t.dtype != expected_t.dtype:
        _fail(f"{name} has dtype {_dtype(actual)} but should have dtype {_dtype(expected)}", hint)
    differ = ~torch.isclose(actual_t, expected_t, rtol=rtol, atol=atol, equal_nan=True)
    if not bool(differ.any()):
        return
    first = tuple(int(i) for i in differ.nonzero()[0])
    index = first if len(first) != 1 else first[0]
    message = (
        f"{name} is wrong: {int(differ.sum())} of {differ.numel()} values differ; the first at index {index}: "
        f"got {actual_t[first].item()!r}, expected {expected_t[first].item()!r}"
    )
    _fail(message, _mistake_named(actual_t, mistakes, atol, rtol) or hint)


def check_scalar(
    actual: object,
    expected: float,
    name: str = "result",
    *,
    rel_tol: float = 0.0,
    abs_tol: float = 0.0,
    expected_type: type | tuple[type, ...] | None = None,
    hint: str | None = None,
    mistakes: Mapping[str, float] | None = None,
) -> None:
    """Assert that a number equals ``expected`` (within ``math.isclose`` tolerances).

    Args:
        actual: what the student's function returned.
        expected: the right number.
        name: how the message calls the value.
        rel_tol, abs_tol: as in ``math.isclose``; both 0 demands exact equality.
        expected_type: when given, ``actual`` must be an instance (``bool`` never passes for ``int``).
        hint: appended to any failure.
        mistakes: ``{description: what that mistake returns}``; a wrong answer equal to one of them is named.
    """
    __tracebackhide__ = True
    if expected_type is not None and (not isinstance(actual, expected_type) or isinstance(actual, bool)):
        names = expected_type.__name__ if isinstance(expected_type, type) else " or ".join(
            t.__name__ for t in expected_type)
        _fail(f"{name} should be a {names}, got {type(actual).__name__} ({actual!r})", hint)
    if not isinstance(actual, (int, float, np.number)) or isinstance(actual, bool):
        _fail(f"{name} should be a number, got {type(actual).__name__} ({actual!r})", hint)
    if math.isclose(float(actual), float(expected), rel_tol=rel_tol, abs_tol=abs_tol):
        return
    named = None
    for description, value in (mistakes or {}).items():
        if math.isclose(float(actual), float(value), rel_tol=1e-9, abs_tol=1e-12):
            named = f"This is exactly the answer you get when you {description}."
            break
    _fail(f"{name} is {actual!r}, expected {expected!r}", named or hint)


def _as_tensor(value: object) -> torch.Tensor:
    if isinstance(value, torch.Tensor):
        return value.detach().cpu()
    if isinstance(value, np.ndarray):
        return torch.from_numpy(np.ascontiguousarray(value))
    raise TypeError(f"expected a torch.Tensor or numpy.ndarray, got {type(value).__name__}")


def _dtype(value: object) -> str:
    return str(value.dtype)  # type: ignore[attr-defined]


def _mistake_named(actual: torch.Tensor, mistakes: Mapping[str, Array] | None, atol: float, rtol: float) -> str | None:
    for description, wrong in (mistakes or {}).items():
        wrong_t = _as_tensor(wrong)
        if wrong_t.shape == actual.shape and bool(
            torch.isclose(actual.to(wrong_t.dtype), wrong_t, rtol=rtol, atol=atol, equal_nan=True).all()
        ):
            return f"This is exactly the answer you get when you {description}."
    return None


def _fail(message: str, hint: str | None) -> None:
    __tracebackhide__ = True
    raise AssertionError(f"{message}.\nHint: {hint}" if hint else f"{message}.")
