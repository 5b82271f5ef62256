"""utils.validation: a wrong type raises TypeError, a bad value ValueError, and both messages name the argument."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
import torch
from torch import nn

from utils.validation import (
    validate_choice,
    validate_fraction,
    validate_int,
    validate_ndim,
    validate_shape,
    validate_type,
)


@pytest.mark.parametrize("value", [0, 1, 0.0, 0.25, 1.0, np.float32(0.5), np.int64(1)])
def test_fraction_accepts_numbers_in_the_closed_interval(value: object) -> None:
    result = validate_fraction("sparsity", value)
    assert type(result) is float and result == float(value)


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (True, TypeError, "sparsity must be a real number, got bool True"),
        (False, TypeError, "sparsity must be a real number, got bool False"),
        ("0.5", TypeError, "sparsity must be a real number, got str '0.5'"),
        (None, TypeError, "sparsity must be a real number, got NoneType None"),
        (torch.tensor(0.5), TypeError, "sparsity must be a real number, got Tensor"),
        (1 + 0j, TypeError, "sparsity must be a real number, got complex"),
        (-0.1, ValueError, r"sparsity must be a number in \[0, 1\], got -0.1"),
        (1.5, ValueError, r"sparsity must be a number in \[0, 1\], got 1.5"),
        (2, ValueError, r"sparsity must be a number in \[0, 1\], got 2"),
        (float("nan"), ValueError, r"sparsity must be a number in \[0, 1\], got nan"),
    ],
)
def test_fraction_rejects_wrong_types_and_values(value: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        validate_fraction("sparsity", value)


@pytest.mark.parametrize("value", [0, 1, 0.0, 1.0])
def test_strict_fraction_excludes_both_ends(value: object) -> None:
    with pytest.raises(ValueError, match="val_fraction must be a number strictly between 0 and 1"):
        validate_fraction("val_fraction", value, strict=True)
    assert validate_fraction("val_fraction", 0.5, strict=True) == 0.5


def test_int_accepts_integrals_within_bounds() -> None:
    assert validate_int("batch", 1, minimum=1) == 1
    assert validate_int("seed", np.int64(7), minimum=0, maximum=10) == 7
    assert type(validate_int("seed", np.int64(7))) is int
    assert validate_int("dim", -2, minimum=-2, maximum=1) == -2


@pytest.mark.parametrize(
    ("value", "kwargs", "error", "message"),
    [
        (True, {"minimum": 1}, TypeError, "batch must be an int, got bool True"),
        (2.0, {"minimum": 1}, TypeError, "batch must be an int, got float 2.0"),
        ("3", {}, TypeError, "batch must be an int, got str '3'"),
        (0, {"minimum": 1}, ValueError, "batch must be an int >= 1, got 0"),
        (11, {"maximum": 10}, ValueError, "batch must be an int <= 10, got 11"),
        (-1, {"minimum": 0, "maximum": 10}, ValueError, r"batch must be an int in \[0, 10\], got -1"),
    ],
)
def test_int_rejects_wrong_types_and_values(value: object, kwargs: dict, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        validate_int("batch", value, **kwargs)


def test_in_lists_the_choices() -> None:
    validate_choice("scope", "local", ("local", "global"))
    with pytest.raises(ValueError, match="scope must be one of 'local', 'global'; got 'layer'"):
        validate_choice("scope", "layer", ("local", "global"))
    # An unhashable value gets the same ValueError, not a TypeError from hashing.
    with pytest.raises(ValueError, match=r"got \['local'\]"):
        validate_choice("scope", ["local"], {"local": 1, "global": 2})


def test_type_names_the_public_path_and_rejects_bool_unless_listed() -> None:
    validate_type("model", nn.Linear(1, 1), nn.Module)
    validate_type("download", None, (bool, type(None)))
    validate_type("download", False, (bool, type(None)))
    validate_type("amount", 3, (int, float))
    with pytest.raises(TypeError, match="amount must be int or float, got bool True"):
        validate_type("amount", True, (int, float))
    with pytest.raises(TypeError, match="model must be torch.nn.Module, got str 'mlp'"):
        validate_type("model", "mlp", nn.Module)
    with pytest.raises(TypeError, match="download must be bool or None, got int 1"):
        validate_type("download", 1, (bool, type(None)))


def test_type_message_stays_short_for_large_values() -> None:
    with pytest.raises(TypeError) as raised:
        validate_type("tensor", list(range(10_000)), torch.Tensor)
    assert len(str(raised.value)) < 120


def test_shape() -> None:
    validate_shape("mask", torch.ones(3, 4), (3, 4))
    validate_shape("mask", torch.ones(3, 4), torch.Size([3, 4]))
    with pytest.raises(ValueError, match=r"mask must have shape \(3, 4\), got shape \(4, 3\)"):
        validate_shape("mask", torch.ones(4, 3), (3, 4))
    with pytest.raises(TypeError, match="mask must be torch.Tensor, got ndarray"):
        validate_shape("mask", np.ones((3, 4)), (3, 4))


@pytest.mark.parametrize(
    "check",
    [
        lambda value: validate_fraction("x", value),
        lambda value: validate_int("x", value, minimum=0),
    ],
)
def test_bool_is_never_a_number(check: Callable[[object], object]) -> None:
    for value in (True, False, np.bool_(True)):
        with pytest.raises(TypeError, match="x must be"):
            check(value)


def test_check_ndim_names_the_axes_and_the_shape_received():
    validate_ndim("w", torch.zeros(2, 3), 2)
    with pytest.raises(ValueError, match=r"w must be 2-D \(out, in\), got shape \(3,\)"):
        validate_ndim("w", torch.zeros(3), 2, "(out, in)")
    with pytest.raises(ValueError, match=r"matrix must be 2-D, got shape \(1, 2, 3\)"):
        validate_ndim("matrix", torch.zeros(1, 2, 3), 2)
