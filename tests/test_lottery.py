"""utils.pruning.lottery: IMP's per-layer sparsity over rounds (against torch.nn.utils.prune and the closed form),
rewinding, controls that change only what they claim to, and early-bird detection on constructed histories (against
a transcription of the official EarlyBird class)."""

from __future__ import annotations

import copy

import numpy as np
import pytest
import torch
from torch import nn
from torch.nn.utils import prune as torch_prune

from utils.models import DigitsConvNet, LeNet300100, prunable_modules
from utils.pruning.lottery import (
    channel_widths,
    dense_widths,
    early_bird_epoch,
    early_bird_mask,
    fraction_kept,
    imp_masks,
    mask_distance,
    mask_overlap,
    mlp_weight_count,
    random_mask_control,
    random_reinit,
    remaining_fraction,
    rewind,
    train_masked,
)


def _weights(model: nn.Module) -> dict[str, torch.Tensor]:
    return {name: layer.weight.detach().clone() for name, layer in prunable_modules(model).items()}


def _lenet(seed: int = 0) -> LeNet300100:
    torch.manual_seed(seed)
    return LeNet300100(in_features=64, num_classes=10)


@pytest.mark.parametrize("rounds", [1, 3, 7])
def test_imp_reaches_the_per_layer_sparsity_of_the_closed_form(rounds: int) -> None:
    weights = _weights(_lenet())
    masks = None
    for _ in range(rounds):
        masks = imp_masks(weights, masks, 0.2)
    expected = {"fc1": 0.8**rounds, "fc2": 0.8**rounds, "fc3": 0.9**rounds}
    for name, mask in masks.items():
        # Each round rounds to whole weights, so a layer drifts from (1 - p)^r by at most half a weight per round.
        assert abs(float(mask.sum()) - expected[name] * mask.numel()) <= 0.5 * rounds
    closed = remaining_fraction([w.numel() for w in weights.values()], 0.2, rounds)
    assert abs(fraction_kept(masks) - closed) <= 0.5 * rounds * len(masks) / sum(w.numel() for w in weights.values())


def test_local_imp_rounds_equal_torch_prune_applied_round_after_round() -> None:
    torch.manual_seed(1)
    model = nn.Sequential(nn.Linear(20, 15), nn.ReLU(), nn.Linear(15, 4))
    weights = _weights(model)
    reference = copy.deepcopy(model)
    masks = None
    for _ in range(4):
        masks = imp_masks(weights, masks, 0.3, 0.1)
        # torch's PruningContainer prunes a fraction of the entries that are still unpruned, like IMP.
        torch_prune.l1_unstructured(reference[0], "weight", amount=0.3)
        torch_prune.l1_unstructured(reference[2], "weight", amount=0.1)
        assert torch.equal(masks["0"], reference[0].weight_mask)
        assert torch.equal(masks["2"], reference[2].weight_mask)


def test_global_imp_equals_torch_global_unstructured_on_the_hidden_layers() -> None:
    torch.manual_seed(2)
    model = nn.Sequential(nn.Linear(12, 10), nn.ReLU(), nn.Linear(10, 8), nn.ReLU(), nn.Linear(8, 3))
    weights = _weights(model)
    reference = copy.deepcopy(model)
    masks = None
    for _ in range(3):
        masks = imp_masks(weights, masks, 0.4, 0.2, scope="global")
        torch_prune.global_unstructured(
            [(reference[0], "weight"), (reference[2], "weight")], torch_prune.L1Unstructured, amount=0.4
        )
        torch_prune.l1_unstructured(reference[4], "weight", amount=0.2)
        for name, index in [("0", 0), ("2", 2), ("4", 4)]:
            assert torch.equal(masks[name], reference[index].weight_mask)


def test_imp_keeps_pruned_entries_pruned_and_leaves_its_inputs_alone() -> None:
    weights = _weights(_lenet())
    first = imp_masks(weights, None, 0.5)
    before = {k: v.clone() for k, v in first.items()}
    second = imp_masks(weights, first, 0.5, scope="global")
    for name in first:
        assert torch.equal(first[name], before[name])
        assert bool((second[name] <= first[name]).all())


def test_rewinding_restores_theta_and_keeps_pruned_weights_at_exactly_zero() -> None:
    torch.manual_seed(3)
    model = DigitsConvNet(num_classes=4, widths=(3, 4, 5))
    theta0 = copy.deepcopy(model.state_dict())
    masks = imp_masks(_weights(model), None, 0.6)
    rewound = rewind(theta0, masks)
    assert list(rewound) == list(theta0)
    for name, mask in masks.items():
        weight = rewound[f"{name}.weight"]
        assert bool((weight[mask == 0] == 0).all())
        assert torch.equal(weight[mask != 0], theta0[f"{name}.weight"][mask != 0])
    for key, value in rewound.items():
        assert value.dtype == theta0[key].dtype and value.data_ptr() != theta0[key].data_ptr()
    # Training with the mask fixed keeps the pruned weights at zero, so the next rewind starts from them again.
    model.load_state_dict(rewound)
    x, y = torch.randn(16, 1, 8, 8), torch.randint(0, 4, (16,))
    train_masked(model, masks, (x, y), (x, y), (x, y), steps=5, eval_every=5)
    for name, mask in masks.items():
        assert bool((prunable_modules(model)[name].weight[mask == 0] == 0).all())


def test_random_reinit_changes_the_values_only() -> None:
    ticket = _lenet(4)
    masks = imp_masks(_weights(ticket), None, 0.5)
    ticket_state = rewind(ticket.state_dict(), masks)
    ticket.load_state_dict(ticket_state)
    rng = torch.get_rng_state()
    control = random_reinit(ticket, masks, seed=9)
    assert torch.equal(rng, torch.get_rng_state())
    assert type(control) is type(ticket) and control is not ticket
    for name, mask in masks.items():
        new, old = prunable_modules(control)[name].weight, prunable_modules(ticket)[name].weight
        assert torch.equal(new == 0, mask == 0)  # the same mask...
        assert not torch.equal(new, old)  # ...on different values
    # The same seed gives the same control, and it is initialised as a fresh LeNet would be.
    again = random_reinit(ticket, masks, 9).state_dict()
    assert all(torch.equal(value, again[key]) for key, value in control.state_dict().items())
    torch.manual_seed(9)
    fresh = LeNet300100(in_features=64, num_classes=10)
    assert torch.equal(control.fc1.bias, fresh.fc1.bias)
    assert torch.equal(control.fc1.weight, fresh.fc1.weight * masks["fc1"])


def test_random_mask_control_changes_the_mask_only() -> None:
    theta0 = _lenet(5).state_dict()
    masks = imp_masks(_weights(_lenet(6)), None, 0.7)
    shuffled = random_mask_control(masks, torch.Generator().manual_seed(0))
    for name, mask in masks.items():
        assert shuffled[name].sum() == mask.sum() and shuffled[name].dtype == mask.dtype
        assert not torch.equal(shuffled[name], mask)
    control, ticket = rewind(theta0, shuffled), rewind(theta0, masks)
    for key in theta0:
        if key.endswith(".weight"):
            # Where both keep a weight, both start from the same theta_0 value.
            both = (control[key] != 0) & (ticket[key] != 0)
            assert torch.equal(control[key][both], ticket[key][both])
        else:
            assert torch.equal(control[key], ticket[key])
    assert random_mask_control(masks, torch.Generator().manual_seed(0))["fc1"].equal(shuffled["fc1"])


def test_dense_control_has_about_the_tickets_weight_count() -> None:
    for budget in [25_000, 6_000, 1_700]:
        widths = dense_widths(64, (300, 100), 10, budget)
        assert abs(mlp_weight_count(64, widths, 10) - budget) / budget < 0.05
        assert abs(widths[0] / widths[1] - 3) < 0.2


def test_mask_distance_and_overlap() -> None:
    a = torch.tensor([1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0])
    b = torch.tensor([True, False, False, True, True, True, True, False, False, False])
    assert mask_distance(a, b) == 0.2
    assert mask_overlap({"x": a}, {"x": b}) == 4 / 6
    assert mask_overlap({"x": torch.zeros(3)}, {"x": torch.zeros(3)}) == 1.0
    with pytest.raises(ValueError):
        mask_distance(a, b[:5])


class OfficialEarlyBird:
    """A transcription of the EarlyBird class of You et al.'s code (a FIFO of masks and a distance list)."""

    def __init__(self, epoch_keep: int = 5) -> None:
        self.epoch_keep, self.masks, self.dists = epoch_keep, [], [1.0] * (epoch_keep - 1)

    def emerge(self, mask: torch.Tensor) -> bool:
        if len(self.masks) == self.epoch_keep:
            self.masks.pop(0)
        self.masks.append(mask)
        if len(self.masks) < self.epoch_keep:
            return False
        for i in range(len(self.masks) - 1):
            self.dists[i] = float(torch.sum(self.masks[-1] != self.masks[i])) / mask.numel()
        return all(d <= 0.1 for d in self.dists)


def _random_history(seed: int, n: int = 40, epochs: int = 14) -> list[torch.Tensor]:
    gen = torch.Generator().manual_seed(seed)
    mask, history = (torch.rand(n, generator=gen) > 0.5).float(), []
    for epoch in range(epochs):
        mask = mask.clone()
        flips = torch.randperm(n, generator=gen)[: max(0, 6 - epoch // 2)]
        mask[flips] = 1 - mask[flips]
        history.append(mask)
    return history


@pytest.mark.parametrize("seed", range(8))
def test_early_bird_epoch_matches_the_official_queue(seed: int) -> None:
    history = _random_history(seed)
    bird = OfficialEarlyBird()
    official = next((epoch for epoch, mask in enumerate(history) if bird.emerge(mask)), None)
    assert early_bird_epoch(history) == official


def test_early_bird_on_constructed_histories() -> None:
    still = [torch.ones(10)] * 4
    assert early_bird_epoch(still) is None  # the window is not full yet
    assert early_bird_epoch([*still, torch.ones(10)]) == 4
    drift = [torch.tensor([1.0] * (10 - i) + [0.0] * i) for i in range(9)]
    assert early_bird_epoch(drift) is None  # each step is 0.1, but 4 steps are 0.4 from the newest
    assert early_bird_epoch(drift, window=2) == 1
    assert early_bird_epoch(drift, window=3, threshold=0.2) == 2
    settles = drift[:4] + [drift[4]] * 5
    assert early_bird_epoch(settles) == 7  # the queue of epochs 3-7: epoch 3 is 0.1 from the newest


def test_early_bird_mask_follows_the_official_threshold() -> None:
    model = DigitsConvNet(num_classes=3, widths=(2, 3, 4))
    scales = [0.5, -0.1, 0.9, 0.3, 0.2, -0.7, 0.05, 0.6, 0.6]
    bns = [m for m in model.modules() if isinstance(m, nn.BatchNorm2d)]
    with torch.no_grad():
        for bn, part in zip(bns, torch.tensor(scales).split([2, 3, 4]), strict=True):
            bn.weight.copy_(part)
    mask = early_bird_mask(model, 0.5)
    # Official code: threshold = sorted |gamma| at index int(9 * 0.5) = 4, i.e. 0.5; keep |gamma| > 0.5.
    assert mask.tolist() == [0.0, 0.0, 1.0, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0]
    assert mask.dtype == torch.float32
    assert channel_widths(model, mask) == (1, 1, 3)  # at least one channel per layer
    with pytest.raises(ValueError):
        early_bird_mask(model, 1.0)
    with pytest.raises(ValueError):
        early_bird_mask(nn.Linear(2, 2), 0.5)


def test_the_graded_functions_follow_the_argument_convention() -> None:
    """numpy scalars are numbers, a bool never is, a list is not a tensor, and the first bad argument decides."""
    weights = {"fc1": torch.tensor([0.5, -0.1, 0.2, -0.2]), "out": torch.tensor([0.3, -0.2, 0.1, 0.4])}
    expected = imp_masks(weights, None, 0.5, 0.25)
    got = imp_masks(weights, None, np.float32(0.5), np.float64(0.25))
    assert all(torch.equal(expected[k], got[k]) for k in expected)
    assert remaining_fraction([np.int64(10), 6], np.float32(0.5), np.int64(2)) == remaining_fraction([10, 6], 0.5, 2)
    assert early_bird_epoch([torch.ones(4)] * 3, np.int64(2), np.float32(0.25)) == 1
    ticket = nn.Sequential(nn.Linear(3, 2))
    assert torch.equal(random_reinit(ticket, {}, np.int64(3))[0].weight, random_reinit(ticket, {}, 3)[0].weight)
    bn = nn.Sequential(nn.BatchNorm1d(4))
    assert torch.equal(early_bird_mask(bn, np.float32(0.5)), early_bird_mask(bn, 0.5))
    for bad in [
        lambda: imp_masks(weights, None, True),
        lambda: imp_masks({"fc1": [0.5, -0.1]}, None, 0.5),
        lambda: imp_masks(weights, {"fc1": [1.0] * 4}, 1.5),
        lambda: rewind({"fc.weight": torch.ones(2)}, {"fc": [1.0, 0.0]}),
        lambda: rewind([torch.ones(2)], {"fc": torch.ones(3)}),
        lambda: remaining_fraction([True, 5], 0.2, 1),
        lambda: remaining_fraction([2.5], 0.2, 1),
        lambda: remaining_fraction([10], 0.2, 1, True),
        lambda: random_reinit(ticket, {}, True),
        lambda: random_reinit(ticket, {"0": [[1.0] * 3] * 2}, 0),
        lambda: mask_distance(torch.ones(3), [1, 0]),
        lambda: early_bird_mask("model", 1.5),
        lambda: early_bird_epoch([[1, 0], [1, 0]], 2),
        lambda: early_bird_epoch([torch.ones(2)] * 3, 3, False),
    ]:
        with pytest.raises(TypeError):
            bad()
    for bad in [
        lambda: imp_masks({}, None, True),
        lambda: remaining_fraction([], True, 1),
        lambda: remaining_fraction([10], 1.2, True),
        lambda: early_bird_mask(nn.Linear(2, 2), True),
        lambda: early_bird_epoch([torch.ones(3), torch.ones(4)], True),
        lambda: early_bird_epoch([torch.ones(3), torch.ones(4)], 5),
        lambda: early_bird_epoch([torch.ones(3)], 1, True),
        lambda: mask_distance(torch.ones(2, 3), torch.ones(3, 2)),
    ]:
        with pytest.raises(ValueError):
            bad()
    with pytest.raises(KeyError):
        random_reinit(ticket, {"9": torch.ones(2, 3)}, True)


def test_train_masked_is_seeded_and_logs_the_early_stopping_step() -> None:
    x, y = torch.randn(64, 1, 8, 8, generator=torch.Generator().manual_seed(0)), torch.arange(64) % 10
    logs = []
    for _ in range(2):
        model = _lenet(7)
        logs.append(train_masked(model, None, (x, y), (x, y), (x, y), steps=30, batch_size=16, seed=3, rewind_step=10))
    assert logs[0].val_loss == logs[1].val_loss and logs[0].steps == [10, 20, 30]
    assert logs[0].early_stop_step in logs[0].steps
    assert set(logs[0].rewind_state) == set(_lenet().state_dict())
