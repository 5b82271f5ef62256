"""utils.metrics.fairness against fairlearn's MetricFrame and parity metrics, and the PIE rule against a loop."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import torch
from fairlearn import metrics as fl

from utils.metrics.fairness import (
    compression_disparity,
    demographic_parity_difference,
    equalized_odds_difference,
    group_metric,
    metric_difference,
    metric_ratio,
    modal_labels,
    pie_mask,
    protect_mask,
)

METHODS = ["between_groups", "to_overall"]


def _data(seed: int, n: int = 60, groups: int = 4, weighted: bool = False):
    """Random binary labels and predictions over several groups, the last group holding exactly one row."""
    gen = torch.Generator().manual_seed(seed)
    y_true = torch.randint(0, 2, (n,), generator=gen)
    y_pred = torch.randint(0, 2, (n,), generator=gen)
    g = torch.randint(0, groups - 1, (n,), generator=gen) * 3  # sparse, unsorted ids 0, 3, 6, ...
    g[int(torch.randint(0, n, (1,), generator=gen))] = 100  # a group with one member
    w = torch.rand(n, generator=gen, dtype=torch.float64) + 0.1 if weighted else None
    return y_true, y_pred, g, w


def _accuracy(y_true, y_pred, sample_weight=None):
    hits = (np.asarray(y_true) == np.asarray(y_pred)).astype(float)
    return float(np.average(hits, weights=None if sample_weight is None else np.asarray(sample_weight)))


def _frame(y_true, y_pred, g, w):
    params = None if w is None else {"sample_weight": w.numpy()}
    return fl.MetricFrame(
        metrics=_accuracy,
        y_true=y_true.numpy(),
        y_pred=y_pred.numpy(),
        sensitive_features=g.numpy(),
        sample_params=params,
    )


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("weighted", [False, True])
def test_group_metric_and_gaps_equal_metricframe(seed, weighted):
    y_true, y_pred, g, w = _data(seed, weighted=weighted)
    frame = _frame(y_true, y_pred, g, w)
    ours = group_metric(_accuracy, y_true, y_pred, g, w)
    assert list(ours) == [int(k) for k in frame.by_group.index]
    assert all(isinstance(k, int) and isinstance(v, float) for k, v in ours.items())
    assert np.allclose(list(ours.values()), frame.by_group.to_numpy(), rtol=0, atol=1e-12)
    overall = float(frame.overall)
    for method in METHODS:
        assert metric_difference(ours, overall, method) == pytest.approx(frame.difference(method=method), abs=1e-12)
        assert metric_ratio(ours, overall, method) == pytest.approx(frame.ratio(method=method), abs=1e-12)


def test_ratio_to_overall_inverts_ratios_above_one():
    by_group = {0: 0.8, 1: 0.2}
    frame_ratio = (pd.Series(by_group) / 0.5).transform(lambda r: 1 / r if r > 1 else r).min()
    assert metric_ratio(by_group, 0.5, "to_overall") == pytest.approx(frame_ratio) == pytest.approx(0.4)


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("weighted", [False, True])
@pytest.mark.parametrize("method", METHODS)
def test_parity_metrics_equal_fairlearn(seed, weighted, method):
    y_true, y_pred, g, w = _data(seed, weighted=weighted)
    weights = None if w is None else w.numpy()
    args = (y_true.numpy(), y_pred.numpy())
    expected = fl.demographic_parity_difference(
        *args, sensitive_features=g.numpy(), method=method, sample_weight=weights
    )
    got = demographic_parity_difference(y_true, y_pred, g, sample_weight=w, method=method)
    assert got == pytest.approx(expected, abs=1e-12)
    for agg in ["worst_case", "mean"]:
        expected = fl.equalized_odds_difference(
            *args, sensitive_features=g.numpy(), method=method, agg=agg, sample_weight=weights
        )
        got = equalized_odds_difference(y_true, y_pred, g, sample_weight=w, method=method, agg=agg)
        assert got == pytest.approx(expected, abs=1e-12)


def test_rates_of_a_group_without_positives_are_zero_as_in_fairlearn():
    y_true = torch.tensor([0, 0, 1, 1, 0])
    y_pred = torch.tensor([1, 0, 1, 0, 0])
    g = torch.tensor([0, 0, 1, 1, 1])  # group 0 has no positive: its TPR is 0.0 in fairlearn
    for agg in ["worst_case", "mean"]:
        expected = fl.equalized_odds_difference(y_true.numpy(), y_pred.numpy(), sensitive_features=g.numpy(), agg=agg)
        assert equalized_odds_difference(y_true, y_pred, g, agg=agg) == pytest.approx(expected, abs=1e-12)


def test_compression_disparity_is_the_difference_of_metricframes():
    gen = torch.Generator().manual_seed(5)
    y = torch.randint(0, 5, (200,), generator=gen)
    dense = torch.where(torch.rand(200, generator=gen) < 0.8, y, torch.randint(0, 5, (200,), generator=gen))
    compressed = torch.where(torch.rand(200, generator=gen) < 0.6, y, torch.randint(0, 5, (200,), generator=gen))
    drop = compression_disparity(y, dense, compressed, y)
    before = _frame(y, dense, y, None).by_group
    after = _frame(y, compressed, y, None).by_group
    assert list(drop) == list(range(5))
    assert np.allclose(list(drop.values()), (before - after).to_numpy(), rtol=0, atol=1e-12)


def _loop_modal(column: list[int]) -> int:
    """The official rule, spelled out: the most frequent labels, then the largest of them (pandas .mode().max())."""
    counts = {label: column.count(label) for label in column}
    best = max(counts.values())
    return max(label for label, count in counts.items() if count == best)


@pytest.mark.parametrize("seed", range(3))
def test_modal_labels_and_pies_equal_a_loop_with_the_tie_rule(seed):
    gen = torch.Generator().manual_seed(seed)
    dense = torch.randint(0, 4, (4, 300), generator=gen)  # 4 models, 4 classes: many ties
    compressed = torch.randint(0, 4, (6, 300), generator=gen)
    want_dense = [_loop_modal(dense[:, n].tolist()) for n in range(300)]
    want_compressed = [_loop_modal(compressed[:, n].tolist()) for n in range(300)]
    pandas_mode = [int(pd.Series(dense[:, n].numpy()).mode().max()) for n in range(300)]
    assert modal_labels(dense).tolist() == want_dense == pandas_mode
    assert modal_labels(compressed).tolist() == want_compressed
    expected = [a != b for a, b in zip(want_dense, want_compressed, strict=True)]
    assert pie_mask(dense, compressed).tolist() == expected


def test_protect_mask_is_a_stable_descending_top_k():
    gen = torch.Generator().manual_seed(7)
    scores = torch.randint(-3, 4, (40, 25), generator=gen).float() / 4  # many ties
    for fraction in [0, 0.1, 0.25, 0.5, 1]:
        k = round(fraction * scores.numel())
        flat = scores.flatten().tolist()
        chosen = sorted(range(len(flat)), key=lambda i: (-flat[i], i))[:k]
        expected = torch.zeros(scores.numel(), dtype=torch.bool)
        expected[chosen] = True
        assert torch.equal(protect_mask(scores, fraction), expected.reshape(scores.shape))
    assert protect_mask(torch.tensor([1.0, 3.0, 3.0, 0.0, 3.0]), 0.5).tolist() == [False, True, True, False, False]


def test_bad_input_raises_the_documented_errors():
    y = torch.tensor([0, 1, 1])
    with pytest.raises(TypeError):
        demographic_parity_difference([0, 1, 1], y, y)
    with pytest.raises(TypeError):
        demographic_parity_difference(y.float(), y, y)
    with pytest.raises(ValueError):
        demographic_parity_difference(y + 1, y, y)
    with pytest.raises(ValueError):
        equalized_odds_difference(y, y, y, agg="max")
    with pytest.raises(ValueError):
        metric_difference({0: 0.5}, None, "to_overall")
    with pytest.raises(TypeError):
        metric_difference({0: True})
    with pytest.raises(ValueError):
        modal_labels(torch.zeros(0, 3, dtype=torch.int64))
    with pytest.raises(ValueError):
        pie_mask(torch.zeros(2, 3, dtype=torch.int64), torch.zeros(2, 4, dtype=torch.int64))
    with pytest.raises(TypeError):
        protect_mask(torch.ones(3), True)
    with pytest.raises(TypeError):
        group_metric(_accuracy, y, y, y.float())
