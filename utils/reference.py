"""Marks the reference implementations of graded functions, so that the student edition can leave them out.

A lab asks students to write its *graded functions*. Where ``utils`` holds the instructor's implementation of one,
that function is decorated with :func:`graded_reference`. The student edition builder finds these decorators by
parsing the source with :mod:`ast` and replaces each decorated body with ``raise NotImplementedError(...)``.
Hence three rules:

* apply the decorator by its plain name, ``@graded_reference("lab00", "magnitude_mask")``;
* decorate only module-level ``def`` statements;
* keep exactly one implementation of what a graded function computes: anything else in ``utils`` that needs it
  calls the decorated function, so it does not work in the student edition either, and its module docstring says
  so (``tests/test_reference.py`` checks). No lab notebook may use such code: the lab kit runs every lab on the
  student edition.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["REFERENCES", "graded_reference"]

F = TypeVar("F", bound=Callable[..., Any])

# {(lab, graded function): qualified names of its reference implementations}. A graded function may have several:
# Lab 0's sparsity_report is metrics.layer_sparsity plus metrics.global_sparsity.
REFERENCES: dict[tuple[str, str], tuple[str, ...]] = {}


def graded_reference(lab: str, function: str) -> Callable[[F], F]:
    """Mark the decorated function as the reference implementation of `function`, a graded function of `lab`.

    Args:
        lab: the lab's folder name, e.g. ``"lab00"``.
        function: the graded function's name in the lab's notebook, e.g. ``"filter_l2_mask"``; it may differ from
            the decorated function's own name.

    Returns:
        A decorator that adds ``"module.function_name"`` to ``REFERENCES[(lab, function)]`` and returns the
        function unchanged.

    Raises:
        ValueError: when decorating a method or a nested function, which the builder would not find.
    """

    def mark(func: F) -> F:
        if "." in func.__qualname__:
            raise ValueError(
                f"graded_reference marks module-level functions only; {func.__qualname__} is a method or nested."
            )
        name = f"{func.__module__}.{func.__qualname__}"
        names = REFERENCES.get((lab, function), ())
        # importlib.reload runs the decorator again: record each function once.
        if name not in names:
            REFERENCES[(lab, function)] = (*names, name)
        return func

    return mark
