"""utils.pruning.dynamic: SET and RigL keep each layer's count, drop by magnitude, grow by their rule."""

from __future__ import annotations

import math

import pytest
import torch

from utils.models import LeNet300100, prunable_modules
from utils.pruning.dynamic import drop_and_grow, drop_fraction, train_dynamic
from utils.pruning.lottery import train_masked


def test_drop_and_grow_drops_the_smallest_active_and_grows_the_best_scored_inactive():
    weight = torch.tensor([[0.5, -0.1, 0.0, 2.0], [0.0, 0.3, -0.2, 0.0]])
    mask = torch.tensor([[1.0, 1.0, 0.0, 1.0], [0.0, 1.0, 1.0, 0.0]])
    scores = torch.tensor([[9.0, 0.0, 1.0, 0.0], [3.0, 0.0, 0.0, 2.0]])
    new = drop_and_grow(weight, mask, 2, scores)
    # Dropped: -0.1 and -0.2 (smallest |w| among active); grown: the inactive 3.0 and 2.0 (9.0 is active).
    assert new.tolist() == [[1.0, 0.0, 0.0, 1.0], [1.0, 1.0, 0.0, 1.0]]
    assert new.sum() == mask.sum() and new.dtype == mask.dtype
    assert torch.equal(drop_and_grow(weight, mask, 0, scores), mask)
    # A weight just dropped may grow back when its score is the best.
    regrow = drop_and_grow(weight, mask, 1, torch.tensor([[0.0, 5.0, 1.0, 0.0], [0.0, 0.0, 0.0, 0.0]]))
    assert torch.equal(regrow, mask)


def test_drop_fraction_follows_rigls_cosine_and_stops_at_the_end():
    assert drop_fraction(0, 0.3, 100) == pytest.approx(0.3)
    assert drop_fraction(50, 0.3, 100) == pytest.approx(0.15)
    assert drop_fraction(100, 0.3, 100) == 0.0 and drop_fraction(150, 0.3, 100) == 0.0
    assert drop_fraction(25, 0.3, 100) == pytest.approx(0.15 * (1 + math.cos(math.pi / 4)))


def _data(seed: int, n: int) -> tuple[torch.Tensor, torch.Tensor]:
    generator = torch.Generator().manual_seed(seed)
    return torch.randn(n, 64, generator=generator), torch.randint(0, 10, (n,), generator=generator)


@pytest.mark.parametrize("rule", ["SET", "RigL"])
def test_training_moves_the_mask_but_keeps_each_layers_count_and_the_pruned_weights_at_zero(rule):
    torch.manual_seed(0)
    model = LeNet300100(in_features=64, num_classes=10)
    generator = torch.Generator().manual_seed(1)
    masks = {
        name: (torch.rand(layer.weight.shape, generator=generator) < 0.1).float()
        for name, layer in prunable_modules(model).items()
    }
    before = {name: mask.clone() for name, mask in masks.items()}
    log, final = train_dynamic(model, masks, _data(0, 256), _data(1, 64), _data(2, 64), 60, rule, update_every=10)
    assert all(torch.equal(masks[n], before[n]) for n in masks), "the caller's masks are not modified"
    for name, layer in prunable_modules(model).items():
        assert final[name].sum() == before[name].sum()
        assert not torch.equal(final[name], before[name]), f"{rule} never moved {name}'s mask"
        assert torch.all(layer.weight[final[name] == 0] == 0)
    assert log.steps[-1] == 60


def test_with_nothing_dropped_it_trains_exactly_like_a_fixed_mask():
    def run(dynamic: bool) -> list[float]:
        torch.manual_seed(0)
        model = LeNet300100(in_features=64, num_classes=10)
        masks = {
            n: (torch.arange(layer.weight.numel()) % 3 == 0).float().reshape(layer.weight.shape)
            for n, layer in prunable_modules(model).items()
        }
        data = (_data(0, 256), _data(1, 64), _data(2, 64))
        if dynamic:
            return train_dynamic(model, masks, *data, 40, "RigL", alpha=0.0, seed=3)[0].val_loss
        return train_masked(model, masks, *data, 40, seed=3).val_loss

    assert run(True) == run(False)
