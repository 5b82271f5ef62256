"""utils.intervals agrees with scipy's own t interval."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from scipy import stats

from utils.intervals import format_interval, mean_interval


@pytest.mark.parametrize("confidence", [0.9, 0.95, 0.99])
@pytest.mark.parametrize("n", [2, 3, 5, 10])
def test_mean_interval_equals_scipys_t_interval(n, confidence):
    values = np.random.default_rng(n).normal(0.8, 0.05, size=n)
    mean, half = mean_interval(values, confidence)
    low, high = stats.t.interval(confidence, n - 1, loc=values.mean(), scale=stats.sem(values))
    assert mean == pytest.approx(values.mean(), abs=1e-15)
    assert (mean - half, mean + half) == pytest.approx((low, high), abs=1e-12)


def test_lists_tensors_and_a_single_value():
    assert mean_interval([0.5, 0.7]) == mean_interval(torch.tensor([0.5, 0.7], dtype=torch.float64))
    assert mean_interval([0.25]) == (0.25, 0.0)
    assert format_interval([1.0, 1.0, 1.0]) == "1.000 ± 0.000"


@pytest.mark.parametrize(
    ("values", "confidence", "error"),
    [
        ([], 0.95, ValueError),
        ([[1.0, 2.0]], 0.95, ValueError),
        ([1.0, 2.0], 1.0, ValueError),
        ([1.0, 2.0], True, TypeError),
    ],
)
def test_bad_arguments(values, confidence, error):
    with pytest.raises(error):
        mean_interval(values, confidence)
