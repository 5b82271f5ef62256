"""The checks that lab test cells are made of.

Every check has an id unique in its lab and takes the student's answer as a zero-argument callable,
so that an answer that raises costs that check alone, not the rest of the cell::

    check_tensor("magnitude_mask/half", lambda: magnitude_mask(w, 0.5), torch.tensor([...]),
                 hint="...", mistakes={"use int() instead of round()": torch.tensor([...])})

A check behaves in one of three ways:

* **In a student's session** a *visible* check (one that names its expected value) compares at once
  and raises :class:`CheckFailed` with a message that teaches; the student's answer raising is
  re-raised as it is. A *hidden* check (no expected value; only the instructor's source has them)
  just runs the answer.
* **While grading** (``MCL_RECORDS`` names a file) every check only *records* the answer, or the
  exception it raised, and never raises. The judge, a process that never ran student code, compares
  the records with those of the instructor's solution on the same inputs.
* **While recording the solution** (``MCL_RECORD_SPEC`` is also set) each record also carries the
  check's specification: kind, name, tolerances, hint, and the answers of its named mistakes, which
  a hidden check may give as callables (evaluated only here, where reference implementations exist).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from utils.grading import compare, own_code, records

T = TypeVar("T")
SPEC_ENV = "MCL_RECORD_SPEC"
Answer = Callable[[], Any]


class CheckFailed(AssertionError):
    """A visible check failed; the message says what differed and, where known, which mistake does that."""


class Failed:
    """What :func:`attempt` returns when the student's code raised. Using it raises that error again, so
    every later check that needs the result fails with the student's own error, one check at a time."""

    def __init__(self, error: Exception) -> None:
        object.__setattr__(self, "error", error)

    def __getattr__(self, name: str) -> Any:
        raise object.__getattribute__(self, "error")

    def __getitem__(self, key: Any) -> Any:
        raise self.error

    def __iter__(self) -> Any:
        raise self.error

    def __len__(self) -> int:
        raise self.error

    def __repr__(self) -> str:
        return f"<failed: {type(self.error).__name__}: {self.error}>"


def in_grading_mode() -> bool:
    """True while nbgrader or our grader runs the notebook (both set ``NBGRADER_EXECUTION``)."""
    return bool(os.environ.get("NBGRADER_EXECUTION"))


def pick(normal: T, grading: T) -> T:
    """``grading`` while grading, ``normal`` otherwise: experiments shrink, graded functions don't."""
    return grading if in_grading_mode() else normal


def attempt(answer: Answer) -> Any:
    """Run ``answer()``; if it raises, return a :class:`Failed` so that the checks that use it fail one by one.

    Use it for a result that several checks inspect, e.g. ``masks = attempt(lambda: f(layers, 0.5))``.
    In a student's session the exception is raised as usual, so they see their own traceback.
    """
    __tracebackhide__ = True
    if records.records_path() is None:
        return answer()
    try:
        return answer()
    except Exception as error:
        return Failed(error)


def raised(answer: Answer) -> str:
    """What kind of error ``answer()`` raises: ``"ValueError"``, ``"TypeError"``, another exception's class name,
    or ``"returned"`` when it raises nothing.

    For hidden checks of several bad inputs at once (``check_equal(id, lambda: [raised(...), ...])``): an error
    derived from ``ValueError`` or ``TypeError`` counts as that error, as ``pytest.raises`` would judge it.
    """
    try:
        answer()
    except ValueError:
        return "ValueError"
    except TypeError:
        return "TypeError"
    except Exception as error:
        return type(error).__name__
    return "returned"


def check_tensor(
    check_id: str,
    answer: Answer,
    expected: Any = None,
    *,
    name: str | None = None,
    atol: float = 0.0,
    rtol: float = 0.0,
    hint: str | None = None,
    mistakes: Mapping[str, Any] | None = None,
) -> None:
    """Check a tensor or array answer: its kind, shape, dtype, device and values (``isclose`` with atol/rtol).

    Args:
        check_id: unique in the lab, e.g. ``"magnitude_mask/ties"``.
        answer: zero-argument callable returning the student's answer.
        expected: the right answer (visible checks); ``None`` in a hidden check: the solution's answer.
        name: how messages call the value, e.g. ``"magnitude_mask(w, 0.5)"`` (default: the id).
        atol, rtol: tolerances as in ``torch.isclose``; both 0 demand exact equality.
        hint: shown when the values differ or the answer raises (not for a wrong type, shape or dtype).
        mistakes: ``{description: that mistake's answer}``; a wrong answer equal to one is named.
    """
    __tracebackhide__ = True
    _check(check_id, "tensor", answer, expected, name, hint, mistakes, atol=atol, rtol=rtol)


def check_scalar(
    check_id: str,
    answer: Answer,
    expected: Any = None,
    *,
    name: str | None = None,
    rel_tol: float = 0.0,
    abs_tol: float = 0.0,
    types: Iterable[type] | None = None,
    hint: str | None = None,
    mistakes: Mapping[str, Any] | None = None,
) -> None:
    """Check a number (``math.isclose``); ``types`` restricts its Python type (``bool`` never passes for ``int``).

    Args are those of :func:`check_tensor`, with ``rel_tol``/``abs_tol`` as in ``math.isclose``.
    """
    __tracebackhide__ = True
    type_names = [t.__name__ for t in types] if types else None
    _check(
        check_id, "scalar", answer, expected, name, hint, mistakes, rel_tol=rel_tol, abs_tol=abs_tol, types=type_names
    )


def check_equal(
    check_id: str,
    answer: Answer,
    expected: Any = None,
    *,
    name: str | None = None,
    hint: str | None = None,
    mistakes: Mapping[str, Any] | None = None,
) -> None:
    """Check a plain value (str, int, list, tuple, dict: keys and order count) for exact equality, type included."""
    __tracebackhide__ = True
    _check(check_id, "equal", answer, expected, name, hint, mistakes)


def check_raises(
    check_id: str, answer: Answer, exception: type[BaseException], *, name: str | None = None, hint: str | None = None
) -> None:
    """Check that ``answer()`` raises ``exception`` (or a subclass of it)."""
    __tracebackhide__ = True
    spec = {"kind": "raises", "name": name or check_id, "hint": hint, "exception": exception.__name__}
    value, error = _run(answer)
    if records.records_path() is not None:
        _record(check_id, spec, value, error, expected_given=True)
        return
    if error is not None and not isinstance(error, exception):
        raise error
    actual = {"error": records.encode_error(error)} if error is not None else {"value": records.encode(value)}
    _raise_if_failed(compare.judge(spec, {}, actual))


def check_own_code(check_id: str, function: Callable, forbidden: Iterable[str], *, hint: str | None = None) -> None:
    """Check that ``function`` does not use the routines the lab puts off-limits for it (dotted names).

    The judge repeats this analysis on the submitted source, without running it.
    """
    __tracebackhide__ = True
    forbidden = list(forbidden)
    name = getattr(function, "__name__", str(function))
    spec = {"kind": "own_code", "name": name, "function": name, "forbidden": forbidden, "hint": hint}
    written = callable(function) and own_code.is_written_live(function)
    used = own_code.forbidden_uses_live(function, forbidden) if callable(function) else []
    verdict = own_code.verdict(name, written, used, hint)
    if records.records_path() is not None:
        records.append({"id": check_id, "value": records.encode(used), "verdict": verdict.passed, **_spec_field(spec)})
        return
    _raise_if_failed(verdict)


# --- shared machinery -----------------------------------------------------------------------------------------


def _check(
    check_id: str,
    kind: str,
    answer: Answer,
    expected: Any,
    name: str | None,
    hint: str | None,
    mistakes: Mapping[str, Any] | None,
    **tolerances: Any,
) -> None:
    __tracebackhide__ = True
    spec: dict[str, Any] = {"kind": kind, "name": name or check_id, "hint": hint, **tolerances}
    value, error = _run(answer)
    if records.records_path() is not None:
        if os.environ.get(SPEC_ENV):
            spec["mistakes"] = _encoded_mistakes(mistakes)
        _record(check_id, spec, value, error, expected_given=expected is not None, expected=expected)
        return
    if error is not None:
        raise error
    if expected is None:
        return  # a hidden check run outside grading (the instructor's source): nothing to compare with
    spec["mistakes"] = _encoded_mistakes(mistakes)
    _raise_if_failed(compare.judge(spec, {"value": records.encode(expected)}, {"value": records.encode(value)}))


def _run(answer: Answer) -> tuple[Any, Exception | None]:
    try:
        value = answer()
    except Exception as error:
        return None, error
    if isinstance(value, Failed):
        return None, value.error
    return value, None


def _record(
    check_id: str, spec: dict, value: Any, error: Exception | None, expected_given: bool, expected: Any = None
) -> None:
    actual = {"error": records.encode_error(error)} if error is not None else {"value": records.encode(value)}
    record: dict[str, Any] = {"id": check_id, **actual, **_spec_field(spec)}
    if expected_given:
        # The notebook's own verdict on a visible check; the judge flags a disagreement with its own.
        wanted = {} if spec["kind"] == "raises" else {"value": records.encode(expected)}
        record["verdict"] = compare.judge(spec, wanted, actual).passed
    records.append(record)


def _spec_field(spec: dict) -> dict:
    return {"spec": spec} if os.environ.get(SPEC_ENV) else {}


def _encoded_mistakes(mistakes: Mapping[str, Any] | None) -> dict[str, Any]:
    encoded = {}
    for description, wrong in (mistakes or {}).items():
        try:
            encoded[description] = records.encode(wrong() if callable(wrong) else wrong)
        except Exception:
            if os.environ.get(SPEC_ENV):
                raise  # recording the answer key: a mistake that cannot be computed is a bug in the lab
    return encoded


def _student_frames_only(shell: Any, etype: type, value: BaseException, tb: Any, tb_offset: int | None = None) -> Any:
    """IPython's traceback of a failed check, cut where our helpers begin: the student sees their own lines."""
    ours = os.path.dirname(os.path.abspath(__file__))
    node = tb
    while node is not None and node.tb_next is not None:
        if os.path.abspath(node.tb_next.tb_frame.f_code.co_filename).startswith(ours):
            node.tb_next = None
            break
        node = node.tb_next
    structured = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
    shell._showtraceback(etype, value, structured)  # what IPython's own handler does with its traceback
    return structured


def _register_with_ipython() -> None:
    """In a notebook, show a failed check as its message under the student's line, without our frames."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        shell.set_custom_exc((CheckFailed,), _student_frames_only)


def _raise_if_failed(verdict: compare.Verdict) -> None:
    __tracebackhide__ = True
    if not verdict.passed:
        raise CheckFailed(verdict.message) from None


_register_with_ipython()
