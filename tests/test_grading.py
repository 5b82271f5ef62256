"""utils.grading: failures say what differed (type, shape, dtype, first index) and name known mistakes."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from utils.grading import check_scalar, check_tensor, in_grading_mode, pick


def _message(call) -> str:
    with pytest.raises(AssertionError) as failure:
        call()
    return str(failure.value)


def test_equal_tensors_and_arrays_pass():
    check_tensor(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0]))
    check_tensor(np.arange(3), np.arange(3))
    check_tensor(torch.tensor([1.0, float("nan")]), torch.tensor([1.0, float("nan")]))
    check_tensor(torch.tensor([1.0]), torch.tensor([1.0 + 1e-7]), atol=1e-6)


def test_type_shape_and_dtype_are_reported_first():
    assert "should be a torch.Tensor, got list" in _message(lambda: check_tensor([1.0], torch.tensor([1.0]), "mask"))
    assert "has shape (2, 3) but should have shape (6,)" in _message(
        lambda: check_tensor(torch.zeros(2, 3), torch.zeros(6), "mask"))
    assert "has dtype torch.bool but should have dtype torch.float32" in _message(
        lambda: check_tensor(torch.zeros(2, dtype=torch.bool), torch.zeros(2), "mask"))


def test_value_mismatch_names_count_and_first_index():
    expected = torch.zeros(3, 4)
    actual = expected.clone()
    actual[1, 2] = 1.0
    actual[2, 0] = 5.0
    message = _message(lambda: check_tensor(actual, expected, "mask", hint="look at row 1"))
    assert "mask is wrong: 2 of 12 values differ; the first at index (1, 2): got 1.0, expected 0.0" in message
    assert message.endswith("Hint: look at row 1")
    assert "index 1:" in _message(lambda: check_tensor(torch.tensor([0.0, 1.0]), torch.tensor([0.0, 0.0])))


def test_known_mistake_is_named_instead_of_the_hint():
    expected = torch.tensor([0.0, 1.0, 1.0])
    floor_answer = torch.tensor([1.0, 1.0, 1.0])
    message = _message(lambda: check_tensor(floor_answer, expected, hint="generic",
                                            mistakes={"use int() instead of round()": floor_answer,
                                                      "prune the largest": torch.tensor([1.0, 0.0, 0.0])}))
    assert "exactly the answer you get when you use int() instead of round()" in message
    assert "generic" not in message
    other = torch.tensor([0.0, 0.0, 0.0])
    assert "Hint: generic" in _message(lambda: check_tensor(other, expected, hint="generic",
                                                            mistakes={"x": floor_answer}))


def test_scalars():
    check_scalar(3, 3, expected_type=int)
    check_scalar(0.1 + 0.2, 0.3, rel_tol=1e-12)
    assert "should be a int, got bool" in _message(lambda: check_scalar(True, 1, expected_type=int))
    assert "should be a float, got Tensor" in _message(
        lambda: check_scalar(torch.tensor(0.5), 0.5, expected_type=float))
    assert "should be a number, got str" in _message(lambda: check_scalar("0.5", 0.5))
    message = _message(lambda: check_scalar(0.4, 0.7, "s", mistakes={"use a linear schedule": 0.4}))
    assert "s is 0.4, expected 0.7" in message and "use a linear schedule" in message


def test_grading_mode_follows_nbgrader_environment(monkeypatch):
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    assert not in_grading_mode() and pick(10, 2) == 10
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert in_grading_mode() and pick(10, 2) == 2
