"""utils.pruning agrees with torch.nn.utils.prune, mask for mask, and keeps its own promises."""

from __future__ import annotations

import copy
import itertools

import pytest
import torch
from torch import nn
from torch.nn.utils import prune as torch_prune

from utils import pruning
from utils.metrics import global_sparsity, layer_sparsity
from utils.models import DigitsConvNet, LeNet300100, prunable_modules

AMOUNTS = [0.0, 0.1, 0.25, 0.35, 0.5, 0.9, 1.0, 0, 3, 7]


def _random(*shape: int, seed: int = 0) -> torch.Tensor:
    # Continuous random values have no ties, where torch's topk order is unspecified.
    return torch.randn(*shape, generator=torch.Generator().manual_seed(seed))


def _torch_mask(weight: torch.Tensor, prune_fn, *args, **kwargs) -> torch.Tensor:
    module = nn.Linear(1, 1)
    module.weight = nn.Parameter(weight.clone())
    prune_fn(module, "weight", *args, **kwargs)
    return module.weight_mask


@pytest.mark.parametrize("shape", [(10,), (7, 3), (4, 3, 3, 3)])
@pytest.mark.parametrize("amount", AMOUNTS)
def test_magnitude_mask_equals_l1_unstructured(shape, amount):
    weight = _random(*shape)
    if isinstance(amount, int) and amount > weight.numel():
        pytest.skip("count larger than the tensor")
    expected = _torch_mask(weight, torch_prune.l1_unstructured, amount=amount)
    assert torch.equal(pruning.magnitude_mask(weight, amount), expected)


def test_amount_rounding_is_pythons_round_half_to_even():
    weight = _random(10)
    # 0.25 * 10 = 2.5 rounds to 2 (even); 0.35 * 10 = 3.5 rounds to 4 (even); 0.37 * 10 rounds to 4, not floor 3.
    for amount, pruned in [(0.25, 2), (0.35, 4), (0.37, 4), (0.15, 2)]:
        mask = pruning.magnitude_mask(weight, amount)
        assert (
            int((mask == 0).sum())
            == pruned
            == int((_torch_mask(weight, torch_prune.l1_unstructured, amount) == 0).sum())
        )


@pytest.mark.parametrize("first,second", [(0.3, 0.5), (0.5, 0.5), (4, 0.25), (0.2, 3)])
def test_repeated_magnitude_pruning_matches_torch_container(first, second):
    weight = _random(6, 5, seed=3)
    module = nn.Linear(5, 6)
    module.weight = nn.Parameter(weight.clone())
    torch_prune.l1_unstructured(module, "weight", amount=first)
    torch_prune.l1_unstructured(module, "weight", amount=second)
    ours = pruning.magnitude_mask(weight, second, mask=pruning.magnitude_mask(weight, first))
    assert torch.equal(ours, module.weight_mask)


@pytest.mark.parametrize("n", [1, 2, float("inf")])
@pytest.mark.parametrize("dim", [0, 1, -1])
@pytest.mark.parametrize("amount", [0.0, 0.25, 0.5, 0.75, 1.0, 2])
def test_ln_structured_mask_equals_torch(n, dim, amount):
    weight = _random(8, 4, 3, 3, seed=1)
    expected = _torch_mask(weight, torch_prune.ln_structured, amount=amount, n=n, dim=dim)
    assert torch.equal(pruning.ln_structured_mask(weight, amount, n=n, dim=dim), expected)


def test_repeated_ln_structured_matches_torch():
    weight = _random(10, 6, seed=2)
    module = nn.Linear(6, 10)
    module.weight = nn.Parameter(weight.clone())
    torch_prune.ln_structured(module, "weight", amount=0.3, n=2, dim=0)
    torch_prune.ln_structured(module, "weight", amount=0.5, n=2, dim=0)
    first = pruning.ln_structured_mask(weight, 0.3, n=2, dim=0)
    assert torch.equal(pruning.ln_structured_mask(weight, 0.5, n=2, dim=0, mask=first), module.weight_mask)


@pytest.mark.parametrize("amount", [0.0, 0.2, 0.5, 0.77, 1.0, 11])
def test_global_masks_equal_global_unstructured(amount):
    model = LeNet300100(in_features=12, num_classes=4)
    torch.manual_seed(0)
    reference = copy.deepcopy(model)
    layers = [(m, "weight") for m in prunable_modules(reference).values()]
    torch_prune.global_unstructured(layers, pruning_method=torch_prune.L1Unstructured, amount=amount)
    weights = {name: m.weight.detach() for name, m in prunable_modules(model).items()}
    ours = pruning.global_magnitude_masks(weights, amount)
    for name, module in prunable_modules(reference).items():
        assert torch.equal(ours[name], module.weight_mask), name


def test_global_masks_repeated_match_torch():
    model = LeNet300100(in_features=12, num_classes=4)
    reference = copy.deepcopy(model)
    layers = [(m, "weight") for m in prunable_modules(reference).values()]
    torch_prune.global_unstructured(layers, pruning_method=torch_prune.L1Unstructured, amount=0.4)
    torch_prune.global_unstructured(layers, pruning_method=torch_prune.L1Unstructured, amount=0.5)
    weights = {name: m.weight.detach() for name, m in prunable_modules(model).items()}
    first = pruning.global_magnitude_masks(weights, 0.4)
    second = pruning.global_magnitude_masks(weights, 0.5, masks=first)
    for name, module in prunable_modules(reference).items():
        assert torch.equal(second[name], module.weight_mask), name


def test_ties_prune_the_lower_flat_index_first():
    weight = torch.tensor([1.0, -1.0, 1.0, 2.0, -1.0])
    assert pruning.magnitude_mask(weight, 2).tolist() == [0.0, 0.0, 1.0, 1.0, 1.0]
    channels = torch.tensor([[1.0, 0.0], [0.0, 1.0], [3.0, 3.0]])
    assert pruning.ln_structured_mask(channels, 1, n=2, dim=0)[:, 0].tolist() == [0.0, 1.0, 1.0]
    tied = {"a": torch.tensor([5.0, 1.0]), "b": torch.tensor([1.0, 5.0])}
    masks = pruning.global_magnitude_masks(tied, 1)
    assert masks["a"].tolist() == [1.0, 0.0] and masks["b"].tolist() == [1.0, 1.0]


def test_masks_keep_shape_and_dtype():
    weight = _random(3, 4).to(torch.float64)
    for mask in (
        pruning.magnitude_mask(weight, 0.5),
        pruning.ln_structured_mask(weight, 0.5),
        pruning.random_mask(weight, 0.5),
    ):
        assert mask.shape == weight.shape and mask.dtype == torch.float64


def test_random_mask_is_seeded_and_exact_in_count():
    weight = _random(20, 20)
    first = pruning.random_mask(weight, 0.3, generator=torch.Generator().manual_seed(7))
    again = pruning.random_mask(weight, 0.3, generator=torch.Generator().manual_seed(7))
    other = pruning.random_mask(weight, 0.3, generator=torch.Generator().manual_seed(8))
    assert torch.equal(first, again) and not torch.equal(first, other)
    assert int((first == 0).sum()) == 120


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        (-0.1, ValueError),
        (1.5, ValueError),
        (-2, ValueError),
        (float("nan"), ValueError),
        (True, TypeError),
        ("0.5", TypeError),
    ],
)
def test_bad_amounts_are_rejected_the_same_way_everywhere(bad, error):
    weight = _random(4, 3)
    for prune_with in (
        pruning.magnitude_mask,
        pruning.random_mask,
        pruning.ln_structured_mask,
        lambda w, amount: pruning.global_magnitude_masks({"w": w}, amount),
    ):
        with pytest.raises(error, match="amount"):
            prune_with(weight, bad)


def test_count_larger_than_available_is_rejected():
    with pytest.raises(ValueError, match="only 4 are still unpruned"):
        pruning.magnitude_mask(_random(4), 5)


def test_mask_shape_mismatch_is_rejected():
    with pytest.raises(ValueError, match=r"mask must have shape \(4,\), got shape \(5,\)"):
        pruning.magnitude_mask(_random(4), 0.5, mask=torch.ones(5))
    with pytest.raises(ValueError, match=r"masks\['b'\] must have shape \(2,\)"):
        pruning.global_magnitude_masks({"a": _random(3), "b": _random(2)}, 0.5, masks={"b": torch.ones(3)})


def test_structured_dim_out_of_range_is_rejected():
    with pytest.raises(ValueError, match=r"dim must be an int in \[-2, 1\], got 2"):
        pruning.ln_structured_mask(_random(4, 3), 0.5, dim=2)
    with pytest.raises(TypeError, match="dim must be an int"):
        pruning.ln_structured_mask(_random(4, 3), 0.5, dim=0.0)


def test_random_mask_keeps_earlier_pruning():
    weight = _random(30)
    first = pruning.random_mask(weight, 0.5, generator=torch.Generator().manual_seed(0))
    second = pruning.random_mask(weight, 5, mask=first, generator=torch.Generator().manual_seed(1))
    assert bool(((first == 0) <= (second == 0)).all()), "a pruned entry came back"
    assert int((second == 0).sum()) == 15 + 5


@pytest.mark.parametrize("scope", ["local", "global"])
def test_magnitude_prune_reaches_exact_absolute_sparsity_and_never_regrows(scope):
    model = DigitsConvNet()
    pruning.magnitude_prune(model, 0.3, scope)
    before = pruning.current_masks(model)
    pruning.magnitude_prune(model, 0.6, scope)
    after = pruning.current_masks(model)
    for name in before:
        assert bool(((before[name] == 0) <= (after[name] == 0)).all()), f"{name} regrew weights"
    if scope == "local":
        for name, module in prunable_modules(model).items():
            assert int((module.weight == 0).sum()) == round(0.6 * module.weight.numel()), name
    else:
        total = sum(m.weight.numel() for m in prunable_modules(model).values())
        zeros = sum(int((m.weight == 0).sum()) for m in prunable_modules(model).values())
        assert zeros == round(0.6 * total)
    with pytest.raises(ValueError, match="never regrows"):
        pruning.magnitude_prune(model, 0.2, scope)


def test_magnitude_prune_validates_its_arguments():
    model = LeNet300100(in_features=16)
    with pytest.raises(ValueError, match="scope must be one of 'local', 'global'; got 'layer'"):
        pruning.magnitude_prune(model, 0.5, "layer")
    with pytest.raises(ValueError, match=r"sparsity must be a number in \[0, 1\], got 1.2"):
        pruning.magnitude_prune(model, 1.2)
    with pytest.raises(TypeError, match="sparsity must be a real number, got bool True"):
        pruning.magnitude_prune(model, True)
    with pytest.raises(KeyError, match="no prunable layer"):
        pruning.magnitude_prune(model, 0.5, layers=["fc9"])
    assert not torch_prune.is_pruned(model), "a rejected call must not prune anything"
    # Ints 0 and 1 are fractions here, not counts.
    pruning.magnitude_prune(model, 1, "local")
    assert global_sparsity(model) == 1.0


def test_global_scope_prunes_layers_unevenly_local_evenly():
    torch.manual_seed(0)
    model = LeNet300100(in_features=64)
    with torch.no_grad():
        model.fc3.weight.mul_(10)  # large weights survive a global threshold
    local, global_ = copy.deepcopy(model), copy.deepcopy(model)
    pruning.magnitude_prune(local, 0.5, "local")
    pruning.magnitude_prune(global_, 0.5, "global")
    assert len({round(s, 2) for s in layer_sparsity(local).values()}) == 1
    sparsity = layer_sparsity(global_)
    assert sparsity["fc3"] < 0.05, "the scaled-up classifier keeps nearly all its weights"
    # fc2's default init range, 1/sqrt(300), is the narrowest, so its weights are the smallest.
    assert sparsity["fc2"] > 0.5 > sparsity["fc1"], "the layer with the smallest weights pays most"
    assert global_sparsity(global_) == pytest.approx(0.5, abs=1e-4)


def test_apply_and_remove_masks_round_trip():
    model = LeNet300100(in_features=16)
    masks = pruning.magnitude_prune(model, 0.5, "local")
    assert torch_prune.is_pruned(model)
    pruning.remove_masks(model)
    assert not torch_prune.is_pruned(model)
    for name, module in prunable_modules(model).items():
        assert torch.equal(module.weight != 0, masks[name] != 0)
    with pytest.raises(KeyError, match="no prunable layer"):
        pruning.apply_masks(model, {"fc9": torch.ones(1)})


def test_cubic_schedule_values():
    assert pruning.cubic_sparsity(0, 0.8, 0, 10) == 0.0
    assert pruning.cubic_sparsity(10, 0.8, 0, 10) == 0.8
    assert pruning.cubic_sparsity(25, 0.8, 0, 10) == 0.8
    # Halfway: 0.8 + (0 - 0.8) * (1 - 0.5)**3 = 0.8 - 0.1 = 0.7
    assert pruning.cubic_sparsity(5, 0.8, 0, 10) == pytest.approx(0.7)
    assert pruning.cubic_sparsity(3, 0.9, 2, 6, initial_sparsity=0.5) == pytest.approx(0.9 - 0.4 * 0.75**3)
    values = [pruning.cubic_sparsity(t, 0.9, 0, 20) for t in range(21)]
    steps = [b - a for a, b in itertools.pairwise(values)]
    assert all(d >= 0 for d in steps) and steps[0] > steps[-1], "prunes fast first, slowly last"
    with pytest.raises(ValueError, match="end_step"):
        pruning.cubic_sparsity(1, 0.5, 5, 5)
    with pytest.raises(ValueError, match="final_sparsity"):
        pruning.cubic_sparsity(1, 1.5, 0, 5)
    assert isinstance(pruning.cubic_sparsity(9, 1, 0, 5), float)


def test_sensitivity_scan_prunes_one_layer_at_a_time_and_leaves_model_untouched():
    model = LeNet300100(in_features=16)
    state = copy.deepcopy(model.state_dict())
    scan = pruning.sensitivity_scan(model, lambda m: layer_sparsity(m)["fc2"], [0.0, 0.5, 0.9], pruning.magnitude_mask)
    assert list(scan) == ["fc1", "fc2", "fc3"]
    assert scan["fc2"] == [pytest.approx(0.0), pytest.approx(0.5), pytest.approx(0.9)]
    assert scan["fc1"] == [0.0, 0.0, 0.0]
    assert all(torch.equal(state[k], v) for k, v in model.state_dict().items())
    assert not torch_prune.is_pruned(model)


def test_sensitivity_scan_uses_the_callers_mask_function():
    model = LeNet300100(in_features=16)
    pruning.magnitude_prune(model, 0.5, "local", layers=["fc3"])
    pruning.remove_masks(model)
    calls = []

    def prune_first_rows(weight, sparsity):
        # Prunes the first round(sparsity * rows) output rows: unlike any magnitude rule.
        calls.append((tuple(weight.shape), sparsity, type(sparsity), int((weight == 0).sum())))
        mask = torch.ones_like(weight)
        mask[: round(sparsity * weight.shape[0])] = 0
        return mask

    scan = pruning.sensitivity_scan(model, lambda m: float((m.fc3.weight[0] == 0).all()), [0, 1], prune_first_rows)
    # Sparsities reach mask_fn as floats; fc3's weight arrives with its earlier pruning.
    assert calls == [
        ((300, 16), 0.0, float, 0),
        ((300, 16), 1.0, float, 0),
        ((100, 300), 0.0, float, 0),
        ((100, 300), 1.0, float, 0),
        ((10, 100), 0.0, float, 500),
        ((10, 100), 1.0, float, 500),
    ]
    assert scan == {"fc1": [0.0, 0.0], "fc2": [0.0, 0.0], "fc3": [0.0, 1.0]}
    with pytest.raises(ValueError, match=r"sparsities\[1\] must be a number in \[0, 1\], got 2"):
        pruning.sensitivity_scan(model, lambda m: 0.0, [0.5, 2], prune_first_rows)


def test_lab00_references_follow_the_argument_convention():
    """Numpy scalars are numbers, a bool is not, a list is not a tensor, and the first bad argument decides."""
    import numpy as np

    weight = torch.tensor([[3.0, -1.0], [2.0, 0.5]])
    assert pruning.magnitude_mask(weight, np.float32(0.5)).tolist() == [[1.0, 0.0], [1.0, 0.0]]
    assert pruning.magnitude_mask(weight, np.int64(1)).tolist() == [[1.0, 1.0], [1.0, 0.0]]
    assert pruning.global_magnitude_masks({"w": weight}, np.float64(0.25))["w"].tolist() == [[1.0, 1.0], [1.0, 0.0]]
    assert pruning.ln_structured_mask(weight, np.float32(0.5)).tolist() == [[1.0, 1.0], [0.0, 0.0]]
    assert pruning.cubic_sparsity(np.int64(2), np.float32(0.75), np.int64(0), np.int64(4)) == 0.65625
    for call in (
        lambda: pruning.magnitude_mask(weight, True),
        lambda: pruning.magnitude_mask([1.0, 2.0], 0.5),
        lambda: pruning.magnitude_mask([1.0, 2.0], 2.0),  # the tensor comes first
        lambda: pruning.global_magnitude_masks([weight], 0.5),
        lambda: pruning.global_magnitude_masks({"w": [1.0]}, 2.0),
        lambda: pruning.ln_structured_mask(weight.tolist(), 0.5),
        lambda: pruning.ln_structured_mask(weight, True),
        lambda: pruning.cubic_sparsity(True, 0.5, 0, 5),
        lambda: pruning.cubic_sparsity(2.5, 0.5, 0, 5),
        lambda: pruning.cubic_sparsity(3, "0.5", 6, 5),  # final_sparsity before end_step
        lambda: pruning.magnitude_prune(LeNet300100(), "0.5", "bogus"),  # sparsity before scope
        lambda: pruning.magnitude_prune(LeNet300100(), 0.5, 1),
    ):
        with pytest.raises(TypeError):
            call()
    for call in (
        lambda: pruning.global_magnitude_masks({}, "0.5"),  # weights before sparsity
        lambda: pruning.ln_structured_mask(torch.ones(3), "0.5"),  # fewer than 2 dims, before amount
        lambda: pruning.cubic_sparsity(3, 0.5, 6, 5),
        lambda: pruning.cubic_sparsity(3, 0.5, 6, 5, "x"),  # end_step before initial_sparsity
    ):
        with pytest.raises(ValueError):
            call()
