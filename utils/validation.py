"""Argument checks shared by all of ``utils``, so that the same bad input always raises the same exception.

A value of the wrong *type* raises ``TypeError``; a value of the right type that is out of range or not among the
allowed choices raises ``ValueError``. Every message names the argument and shows the value received.

``bool`` is never accepted as a number: ``True`` is an ``int`` to Python, but as a size, a count or a fraction it
is always a caller's bug.
"""

from __future__ import annotations

import numbers
import reprlib
import sys
from collections.abc import Collection

import torch

__all__ = ["validate_fraction", "validate_choice", "validate_int", "validate_shape", "validate_type"]


def validate_type(name: str, value: object, types: type | tuple[type, ...]) -> None:
    """Raise ``TypeError`` unless ``value`` is an instance of ``types``.

    Args:
        name: the argument's name, for the message.
        value: the value received.
        types: one type or a tuple of them, as for ``isinstance``. ``bool`` values pass only when ``bool``
            itself is listed, not merely ``int``.

    Raises:
        TypeError: e.g. ``"model must be torch.nn.Module, got str 'resnet'."``
    """
    allowed = types if isinstance(types, tuple) else (types,)
    if isinstance(value, allowed) and (bool in allowed or not isinstance(value, bool)):
        return
    expected = " or ".join(_type_name(cls) for cls in allowed)
    raise TypeError(f"{name} must be {expected}, got {_describe(value)}.")


def validate_int(name: str, value: object, minimum: int | None = None, maximum: int | None = None) -> int:
    """Check that ``value`` is an integer (not a bool) in ``[minimum, maximum]``.

    Args:
        name: the argument's name, for the message.
        value: the value received; any ``numbers.Integral`` such as ``numpy.int64`` is accepted.
        minimum: smallest allowed value, or None for no lower bound.
        maximum: largest allowed value, or None for no upper bound.

    Returns:
        ``value`` as a Python ``int``.

    Raises:
        TypeError: if ``value`` is not an integer, e.g. ``2.0`` or ``True``.
        ValueError: if it is out of range, e.g. ``"batch must be an int >= 1, got 0."``
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be an int, got {_describe(value)}.")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        raise ValueError(f"{name} must be an int {_int_range(minimum, maximum)}, got {value!r}.")
    return int(value)


def validate_fraction(name: str, value: object, *, strict: bool = False) -> float:
    """Check that ``value`` is a real number (not a bool) in ``[0, 1]``, or in ``(0, 1)`` when ``strict``.

    Args:
        name: the argument's name, for the message.
        value: the value received; ints ``0`` and ``1`` and any ``numbers.Real`` (e.g. ``numpy.float32``) qualify.
        strict: exclude both ends, for a share that must leave something on either side of a split.

    Returns:
        ``value`` as a Python ``float``.

    Raises:
        TypeError: if ``value`` is not a real number, e.g. ``"0.5"`` or ``True``.
        ValueError: if it lies outside the interval; NaN always does.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{name} must be a real number, got {_describe(value)}.")
    # The chained comparisons are False for NaN, so NaN is rejected as well.
    if strict and not 0 < value < 1:
        raise ValueError(f"{name} must be a number strictly between 0 and 1, got {value!r}.")
    if not 0 <= value <= 1:
        raise ValueError(f"{name} must be a number in [0, 1], got {value!r}.")
    return float(value)


def validate_choice(name: str, value: object, choices: Collection[object]) -> None:
    """Raise ``ValueError`` unless ``value`` equals one of ``choices``.

    Args:
        name: the argument's name, for the message.
        value: the value received.
        choices: the allowed values, listed in this order in the message.

    Raises:
        ValueError: e.g. ``"fmt must be one of 'dense', 'bitmap', 'coo'; got 'csr'."``
    """
    # A tuple compares with ==, so an unhashable value gets this message rather than a TypeError from a set.
    if value not in tuple(choices):
        valid = ", ".join(map(repr, choices))
        raise ValueError(f"{name} must be one of {valid}; got {reprlib.repr(value)}.")


def validate_shape(name: str, value: object, shape: tuple[int, ...] | torch.Size) -> None:
    """Check that ``value`` is a tensor of exactly ``shape``.

    Args:
        name: the argument's name, for the message.
        value: the value received.
        shape: the required shape, e.g. that of the tensor a mask belongs to.

    Raises:
        TypeError: if ``value`` is not a ``torch.Tensor``.
        ValueError: e.g. ``"mask must have shape (3, 4), got shape (4, 3)."``
    """
    validate_type(name, value, torch.Tensor)
    if tuple(value.shape) != tuple(shape):
        raise ValueError(f"{name} must have shape {tuple(shape)}, got shape {tuple(value.shape)}.")


def validate_ndim(name: str, value: torch.Tensor, ndim: int, axes: str = "") -> None:
    """Check that the tensor ``value`` has ``ndim`` dimensions (its type is checked by the caller).

    Args:
        name: the argument's name, for the message.
        value: the tensor received.
        ndim: the required number of dimensions.
        axes: what the dimensions mean, for the message, e.g. ``"(out, in)"``.

    Raises:
        ValueError: e.g. ``"w must be 2-D (out, in), got shape (3,)"``.
    """
    if value.dim() != ndim:
        raise ValueError(f"{name} must be {ndim}-D{' ' + axes if axes else ''}, got shape {tuple(value.shape)}")


def _describe(value: object) -> str:
    # reprlib caps the length, so a model or a large tensor does not flood the message.
    return f"{type(value).__name__} {reprlib.repr(value)}"


def _int_range(minimum: int | None, maximum: int | None) -> str:
    if minimum is not None and maximum is not None:
        return f"in [{minimum}, {maximum}]"
    return f">= {minimum}" if minimum is not None else f"<= {maximum}"


def _type_name(cls: type) -> str:
    if cls is type(None):
        return "None"
    if cls.__module__ == "builtins":
        return cls.__qualname__
    # The shortest public path reads best: torch.nn.Module rather than torch.nn.modules.module.Module.
    parts = cls.__module__.split(".")
    for end in range(1, len(parts) + 1):
        path = ".".join(parts[:end])
        if getattr(sys.modules.get(path), cls.__qualname__, None) is cls:
            return f"{path}.{cls.__qualname__}"
    return f"{cls.__module__}.{cls.__qualname__}"
