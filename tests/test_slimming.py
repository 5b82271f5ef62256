"""Network slimming and hard-concrete gates, checked against the field's own tools: torch's BN fusion, Torch-Pruning's
dependency graph, and the masked model that physical channel removal must reproduce."""

from __future__ import annotations

import copy
import math

import numpy as np
import pytest
import torch
import torch_pruning as tp
from torch import nn
from torch.nn.utils.fusion import fuse_conv_bn_eval, fuse_linear_bn_eval

from utils.metrics.latency import measure_latency
from utils.models import DigitsConvNet
from utils.pruning.gates import (
    BETA,
    GAMMA,
    ZETA,
    HardConcreteGates,
    expected_l0,
    hard_concrete_sample,
    hard_concrete_test_gate,
)
from utils.pruning.slimming import (
    absorbed_bias,
    bn_l1_subgradient,
    bn_scales,
    conv_bn_chains,
    fold_bn,
    global_threshold,
    kept_channels,
    mask_channels,
    slice_block,
    slim_model,
)


def _randomise_bn(model: nn.Module, seed: int) -> nn.Module:
    """Give every BN random scales (some negative), shifts of both signs and running statistics."""
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, nn.BatchNorm2d | nn.BatchNorm1d):
                n = module.num_features
                module.weight.copy_(torch.randn(n, generator=gen))
                module.bias.copy_(torch.randn(n, generator=gen))
                module.running_mean.copy_(torch.randn(n, generator=gen) * 0.5)
                module.running_var.copy_(torch.rand(n, generator=gen) + 0.5)
    return model.eval()


class NoPaddingNet(nn.Module):
    """conv-BN-ReLU x 2 without padding, max-pool, a third block, then flatten into a Linear (no global pool)."""

    def __init__(self, padding: int = 0) -> None:
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 6, 3, padding=padding, bias=False),
            nn.BatchNorm2d(6),
            nn.ReLU(),
            nn.Conv2d(6, 8, 3, padding=padding),
            nn.BatchNorm2d(8),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(8, 5, 2, padding=padding, bias=False),
            nn.BatchNorm2d(5),
            nn.ReLU(),
        )
        spatial = 2 if padding == 0 else 5
        self.classifier = nn.Linear(5 * spatial * spatial, 4)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier(torch.flatten(self.features(x), 1))


def _half_of_each_layer(model: nn.Module) -> dict[str, torch.Tensor]:
    scales = bn_scales(model)
    return kept_channels(scales, global_threshold(scales, 0.5))


# --- the L1 subgradient, the threshold and the kept channels ---------------------------------------------------


def test_l1_subgradient_matches_autograd_of_the_penalty() -> None:
    model = _randomise_bn(DigitsConvNet(widths=(4, 6, 8)), 0).train()
    x = torch.randn(3, 1, 8, 8)
    with_step = copy.deepcopy(model)
    with_step(x).sum().backward()
    bn_l1_subgradient(with_step, 1e-2)
    penalty = 1e-2 * sum(m.weight.abs().sum() for m in model.modules() if isinstance(m, nn.BatchNorm2d))
    (model(x).sum() + penalty).backward()
    for (name, a), (_, b) in zip(model.named_parameters(), with_step.named_parameters(), strict=True):
        assert torch.allclose(a.grad, b.grad, atol=1e-6), name


def test_l1_subgradient_creates_missing_grads_and_rejects_bad_lambda() -> None:
    bn = nn.BatchNorm1d(3)
    with torch.no_grad():
        bn.weight.copy_(torch.tensor([-2.0, 0.0, 0.5]))
    bn_l1_subgradient(bn, 0.1)
    assert bn.weight.grad.tolist() == pytest.approx([-0.1, 0.0, 0.1])
    assert bn.bias.grad is None
    with pytest.raises(ValueError, match="lam"):
        bn_l1_subgradient(bn, -1.0)
    with pytest.raises(TypeError, match="lam"):
        bn_l1_subgradient(bn, True)


def test_global_threshold_and_ties() -> None:
    scales = {"a": torch.tensor([0.3, -0.1, 0.2]), "b": torch.tensor([0.1, 0.05])}
    # sorted |gamma|: 0.05, 0.1, 0.1, 0.2, 0.3; int(5 * 0.5) = 2 -> 0.1, so both 0.1s go with it.
    assert global_threshold(scales, 0.5) == pytest.approx(0.1)
    kept = kept_channels(scales, global_threshold(scales, 0.5))
    assert kept["a"].tolist() == [0, 2] and kept["b"].tolist() == [0] and kept["b"].dtype == torch.int64
    with pytest.raises(ValueError, match="percent"):
        global_threshold(scales, 1.0)


def test_arguments_follow_the_course_convention() -> None:
    # numpy scalars are numbers, bools are not; a list is not a tensor; the first bad argument (signature order) decides
    scales = {"a": torch.tensor([0.75, -1.0, 0.5]), "b": torch.tensor([0.25, 0.125])}
    assert global_threshold(scales, np.float32(0.75)) == global_threshold(scales, 0.75) == 0.75
    assert kept_channels(scales, np.int64(0))["a"].tolist() == [0, 1, 2]
    bn = nn.BatchNorm1d(2)
    bn_l1_subgradient(bn, np.float32(0.5))
    assert bn.weight.grad.tolist() == [0.5, 0.5]
    with pytest.raises(TypeError, match="threshold"):
        kept_channels(scales, True)
    with pytest.raises(TypeError, match="scales"):
        global_threshold({"a": [0.5]}, 1.5)
    with pytest.raises(ValueError, match="scales"):
        kept_channels({"w": torch.ones(2, 2)}, True)
    with pytest.raises(TypeError, match="model"):
        bn_l1_subgradient("model", -1.0)
    conv, linear = nn.Conv2d(1, 4, 1), nn.Linear(8, 2)
    with pytest.raises(ValueError, match="bn"):
        slice_block(conv, nn.BatchNorm2d(3), nn.ReLU(), [0])
    with pytest.raises(ValueError, match="groups"):
        slice_block(nn.Conv2d(2, 4, 1, groups=2), nn.BatchNorm2d(4), linear, [0])
    with pytest.raises(TypeError, match="keep"):
        slice_block(conv, nn.BatchNorm2d(4), linear, [0])
    with pytest.raises(ValueError, match="next_layer"):
        absorbed_bias(nn.BatchNorm2d(4), nn.Linear(6, 2), [0])
    with pytest.raises(ValueError, match="removed"):
        absorbed_bias(nn.BatchNorm2d(4), linear, torch.tensor([[0]]))
    with pytest.raises(TypeError, match="layer"):
        fold_bn(nn.Conv1d(2, 3, 1), nn.BatchNorm1d(4))


def test_threshold_matches_the_papers_code() -> None:
    # Liu et al.'s prune script: y, i = torch.sort(bn); thre = y[int(total * percent)]; mask = weight.abs().gt(thre)
    model = _randomise_bn(DigitsConvNet(), 3)
    scales = bn_scales(model)
    bn = torch.cat([g.abs() for g in scales.values()])
    for percent in (0.0, 0.3, 0.7, 0.99):
        thre = torch.sort(bn)[0][int(bn.numel() * percent)]
        kept = kept_channels(scales, global_threshold(scales, percent))
        for name, gamma in scales.items():
            expected = torch.nonzero(gamma.abs().gt(thre)).flatten()
            if expected.numel():
                assert torch.equal(kept[name], expected)
            else:
                assert kept[name].tolist() == [int(gamma.abs().argmax())]


# --- physical removal: the slimmed model equals the masked model ------------------------------------------------


def test_slimmed_model_equals_masked_model_without_padding() -> None:
    model = _randomise_bn(NoPaddingNet(padding=0), 1)
    keep = _half_of_each_layer(model)
    slim, masked = slim_model(model, keep).eval(), mask_channels(model, keep).eval()
    x = torch.randn(4, 1, 10, 10)
    assert sum(p.numel() for p in slim.parameters()) < sum(p.numel() for p in model.parameters())
    assert slim.features[0].out_channels == keep["features.1"].numel()
    assert slim.classifier.in_features == keep["features.8"].numel() * 4
    with torch.no_grad():
        torch.testing.assert_close(slim(x), masked(x), atol=1e-5, rtol=1e-5)
        # Without the absorbed constants, the removed channels' ReLU(beta) is lost and the outputs differ.
        assert not torch.allclose(slim_model(model, keep, absorb=False)(x), masked(x), atol=1e-3)


def test_with_zero_padding_slimmed_model_differs_only_at_borders() -> None:
    torch.manual_seed(0)
    conv1, bn, conv2 = nn.Conv2d(2, 6, 3, padding=1), nn.BatchNorm2d(6), nn.Conv2d(6, 3, 3, padding=1)
    model = _randomise_bn(nn.Sequential(conv1, bn, nn.ReLU(), conv2), 2)
    with torch.no_grad():
        model[1].bias.copy_(torch.linspace(0.5, 1.5, 6))  # every removed channel leaves a nonzero constant
    keep = {"1": torch.tensor([0, 3, 5])}
    x = torch.randn(2, 2, 7, 7)
    with torch.no_grad():
        diff = (slim_model(model, keep).eval()(x) - mask_channels(model, keep).eval()(x)).abs()
    interior = diff[:, :, 1:-1, 1:-1]
    assert float(interior.max()) < 1e-5
    border = diff.clone()
    border[:, :, 1:-1, 1:-1] = 0
    assert float(border.amax(dim=(2, 3)).min()) > 1e-3  # every output map differs somewhere on its border


def test_digits_convnet_slims_to_masked_model_in_the_interior() -> None:
    # DigitsConvNet pads every conv; its last block feeds a global average pool, so only the first two borders show.
    model = _randomise_bn(DigitsConvNet(), 4)
    keep = _half_of_each_layer(model)
    assert [c[1] for c in conv_bn_chains(model)] == ["features.1", "features.4", "features.8"]
    with torch.no_grad():
        for bn in ("features.1", "features.4"):
            model.get_submodule(bn).bias.zero_()  # no constants in the padded layers: then the equality is exact
        x = torch.randn(5, 1, 8, 8)
        torch.testing.assert_close(slim_model(model, keep)(x), mask_channels(model, keep)(x), atol=1e-5, rtol=1e-5)


def test_slice_block_flatten_columns_and_inputs_untouched() -> None:
    conv, bn, linear = nn.Conv2d(1, 3, 1), nn.BatchNorm2d(3), nn.Linear(12, 2)
    before = copy.deepcopy((conv.state_dict(), bn.state_dict(), linear.state_dict()))
    _, new_bn, new_linear = slice_block(conv, bn, linear, torch.tensor([2, 0]))
    assert torch.equal(new_linear.weight, linear.weight[:, [8, 9, 10, 11, 0, 1, 2, 3]])
    assert new_bn.num_features == 2 and new_linear.in_features == 8
    for module, state in zip((conv, bn, linear), before, strict=True):
        assert all(torch.equal(v, module.state_dict()[k]) for k, v in state.items())
    with pytest.raises(ValueError, match="keep"):
        slice_block(conv, bn, linear, torch.tensor([0, 0]))
    with pytest.raises(TypeError, match="keep"):
        slice_block(conv, bn, linear, torch.tensor([0.0]))


def test_absorbed_bias_by_hand() -> None:
    bn, conv = nn.BatchNorm2d(2), nn.Conv2d(2, 1, 2, bias=False)
    with torch.no_grad():
        bn.bias.copy_(torch.tensor([-1.0, 2.0]))
        conv.weight.copy_(torch.tensor([[[[1.0, 1.0], [1.0, 1.0]], [[0.5, 0.5], [0.0, 1.0]]]]))
    assert absorbed_bias(bn, conv, torch.tensor([0, 1])).tolist() == [4.0]  # ReLU(-1) * 4 + ReLU(2) * 2
    assert absorbed_bias(bn, conv, torch.tensor([], dtype=torch.int64)).tolist() == [0.0]


# --- agreement with Torch-Pruning (DepGraph) --------------------------------------------------------------------


def _torch_pruning_slim(model: nn.Module, keep: dict[str, torch.Tensor], example: torch.Tensor) -> nn.Module:
    pruned = copy.deepcopy(model)
    graph = tp.DependencyGraph().build_dependency(pruned, example_inputs=example)
    modules = dict(pruned.named_modules())
    for conv_name, bn_name, _ in conv_bn_chains(model):
        removed = sorted(set(range(modules[bn_name].num_features)) - set(keep[bn_name].tolist()))
        group = graph.get_pruning_group(modules[conv_name], tp.prune_conv_out_channels, idxs=removed)
        group.prune()
    return pruned


@pytest.mark.parametrize("make", [lambda: NoPaddingNet(padding=0), lambda: DigitsConvNet(widths=(8, 12, 16))])
def test_torch_pruning_gives_the_same_layers_and_outputs(make) -> None:
    model = _randomise_bn(make(), 5)
    example = torch.randn(3, 1, 10, 10) if isinstance(model, NoPaddingNet) else torch.randn(3, 1, 8, 8)
    keep = _half_of_each_layer(model)
    theirs = _torch_pruning_slim(model, keep, example).eval()
    ours = slim_model(model, keep, absorb=False).eval()
    assert {k: tuple(v.shape) for k, v in ours.state_dict().items()} == {
        k: tuple(v.shape) for k, v in theirs.state_dict().items()
    }
    with torch.no_grad():
        torch.testing.assert_close(ours(example), theirs(example), atol=1e-6, rtol=1e-6)
        # With the removed channels' beta set to 0 there is no constant to absorb: all three models agree.
        zero_beta = copy.deepcopy(model)
        for name, bn in bn_scales(model).items():
            removed = torch.ones(bn.numel(), dtype=torch.bool)
            removed[keep[name]] = False
            zero_beta.get_submodule(name).bias[removed] = 0.0
        torch.testing.assert_close(slim_model(zero_beta, keep)(example), theirs(example), atol=1e-5, rtol=1e-5)
        torch.testing.assert_close(mask_channels(zero_beta, keep)(example), theirs(example), atol=1e-5, rtol=1e-5)


# --- BN folding -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bias", [True, False])
def test_fold_bn_matches_torch_fusion_and_the_unfolded_model(bias: bool) -> None:
    torch.manual_seed(0)
    conv = nn.Conv2d(3, 5, 3, stride=2, padding=1, bias=bias).eval()
    bn = _randomise_bn(nn.BatchNorm2d(5, eps=1e-3), 6)
    folded, reference = fold_bn(conv, bn), fuse_conv_bn_eval(conv, bn)
    torch.testing.assert_close(folded.weight, reference.weight)
    torch.testing.assert_close(folded.bias, reference.bias)
    x = torch.randn(2, 3, 9, 9)
    with torch.no_grad():
        torch.testing.assert_close(folded(x), bn(conv(x)), atol=1e-5, rtol=1e-5)
    linear, bn1 = nn.Linear(4, 6, bias=bias).eval(), _randomise_bn(nn.BatchNorm1d(6), 7)
    folded, reference = fold_bn(linear, bn1), fuse_linear_bn_eval(linear, bn1)
    torch.testing.assert_close(folded.weight, reference.weight)
    torch.testing.assert_close(folded.bias, reference.bias)


def test_fold_bn_rejects_bn_without_running_stats() -> None:
    with pytest.raises(ValueError, match="running"):
        fold_bn(nn.Linear(2, 3), nn.BatchNorm1d(3, track_running_stats=False))


# --- hard-concrete gates ----------------------------------------------------------------------------------------


def test_hard_concrete_constants_and_limits() -> None:
    assert (BETA, GAMMA, ZETA) == (2 / 3, -0.1, 1.1)
    big = torch.tensor([-1e4, 1e4, -math.inf, math.inf])
    assert hard_concrete_test_gate(big).tolist() == [0.0, 1.0, 0.0, 1.0]
    assert expected_l0(big[:1]).item() == pytest.approx(0.0) and expected_l0(big[1:2]).item() == pytest.approx(1.0)
    u = torch.tensor([1e-6, 0.5, 1 - 1e-6])
    assert hard_concrete_sample(torch.full((3,), 100.0), u).tolist() == [1.0, 1.0, 1.0]
    assert hard_concrete_sample(torch.full((3,), -100.0), u).tolist() == [0.0, 0.0, 0.0]
    # At log_alpha = 0 the test gate sits halfway, and at beta * log(-gamma / zeta) a gate is nonzero half the time.
    assert hard_concrete_test_gate(torch.zeros(1)).item() == pytest.approx(0.5)
    assert expected_l0(torch.tensor([BETA * math.log(-GAMMA / ZETA)])).item() == pytest.approx(0.5)
    # Exactly 0 at and below log_alpha = -log 11 (sigmoid = 1/12), exactly 1 at and above log 11.
    edges = hard_concrete_test_gate(torch.tensor([-math.log(11) - 1e-3, math.log(11) + 1e-3], dtype=torch.float64))
    assert edges.tolist() == [0.0, 1.0]


def test_expected_l0_is_the_probability_that_a_sample_is_nonzero() -> None:
    torch.manual_seed(0)
    log_alpha = torch.tensor([-3.0, -1.0, 0.0, 1.5])
    samples = hard_concrete_sample(log_alpha.expand(200_000, 4).contiguous())
    empirical = (samples > 0).double().mean(dim=0)
    expected = torch.sigmoid(log_alpha - BETA * math.log(-GAMMA / ZETA)).double()
    torch.testing.assert_close(empirical, expected, atol=5e-3, rtol=0)
    assert float(samples.min()) == 0.0 and float(samples.max()) == 1.0  # mass at exactly 0 and 1


def test_gates_module_samples_in_training_and_is_deterministic_in_eval() -> None:
    gates = HardConcreteGates(5, init_log_alpha=0.5)
    gates.penalty().backward()
    assert gates.log_alpha.grad is not None and bool((gates.log_alpha.grad > 0).all())
    gates.eval()
    assert torch.equal(gates(), gates()) and torch.equal(gates(), hard_concrete_test_gate(gates.log_alpha))


# --- latency ----------------------------------------------------------------------------------------------------


def test_latency_fixes_and_restores_the_thread_count() -> None:
    before = torch.get_num_threads()
    seen = []
    result = measure_latency(lambda: seen.append(torch.get_num_threads()), warmup=1, repeats=3, threads=1)
    assert seen == [1, 1, 1, 1] and result.repeats == 3
    assert torch.get_num_threads() == before
    with pytest.raises(ValueError, match="threads"):
        measure_latency(lambda: None, threads=0)
