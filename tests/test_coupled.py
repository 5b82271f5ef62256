"""Coupled channels (Lab 3) against torch-pruning's dependency graph: same group, same scores, same pruned model."""

from __future__ import annotations

import copy

import pytest
import torch
import torch_pruning as tp
from torch import nn

from utils.models.resnet import DigitsResNet
from utils.pruning.coupled import coupled_channel_scores, keep_top, prune_group, residual_group


def trained_like(seed: int, blocks: int = 2) -> DigitsResNet:
    """A DigitsResNet with random BN scales, shifts and statistics, so that no two channels look alike."""
    gen = torch.Generator().manual_seed(seed)
    model = DigitsResNet(width=8, hidden=6, blocks=blocks)
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(torch.randn(p.shape, generator=gen) * 0.5)
        for m in model.modules():
            if isinstance(m, nn.BatchNorm2d):
                m.running_mean.copy_(torch.randn(m.num_features, generator=gen) * 0.2)
                m.running_var.copy_(torch.rand(m.num_features, generator=gen) + 0.5)
    return model.eval()


def tp_group(model: DigitsResNet, idxs: list[int]) -> tp.Group:
    graph = tp.DependencyGraph().build_dependency(model, example_inputs=torch.randn(1, 1, 8, 8))
    return graph.get_pruning_group(model.stem, tp.prune_conv_out_channels, idxs=idxs)


def layers(model: nn.Module, names: tuple[str, ...]) -> list[nn.Module]:
    return [model.get_submodule(name) for name in names]


@pytest.mark.parametrize("blocks", [1, 2, 3])
def test_residual_group_is_torch_pruning_group(blocks: int) -> None:
    model = trained_like(0, blocks)
    names = {module: name for name, module in model.named_modules()}
    found = {"out": set(), "in": set()}
    for dep, idxs in tp_group(model, list(range(8))):
        if dep.layer in names and list(dep.layer.parameters()):
            side = "in" if "in_channels" in dep.pruning_fn.__name__ else "out"
            found[side].add(names[dep.layer])
            assert list(idxs) == list(range(8))
    group = residual_group(model)
    assert found["out"] == set(group.writers) | set(group.norms)
    assert found["in"] == set(group.readers)


@pytest.mark.parametrize("p", [1, 2])
def test_scores_equal_torch_pruning_group_importance(p: int) -> None:
    model = trained_like(1)
    group = residual_group(model)
    ours = coupled_channel_scores(
        layers(model, group.writers), layers(model, group.norms), layers(model, group.readers), p
    )
    importance = tp.importance.MagnitudeImportance(p=p, group_reduction="sum", normalizer=None)
    theirs = importance(tp_group(model, list(range(8))))
    torch.testing.assert_close(ours, theirs.double(), rtol=1e-6, atol=0)
    assert ours.dtype == torch.float64 and not ours.requires_grad
    # The channels torch-pruning's importance would remove first are ours too.
    assert torch.equal(keep_top(ours, 5), torch.argsort(theirs, descending=True)[:5].sort().values)


def test_pruned_model_equals_torch_pruning_pruned_model() -> None:
    model = trained_like(2)
    keep = torch.tensor([0, 2, 3, 6, 7])
    ours = prune_group(model, residual_group(model), keep)
    theirs = trained_like(2)
    tp_group(theirs, [1, 4, 5]).prune()
    x = torch.randn(4, 1, 8, 8, generator=torch.Generator().manual_seed(3))
    with torch.no_grad():
        torch.testing.assert_close(ours(x), theirs(x), rtol=0, atol=1e-6)
    assert [tuple(p.shape) for p in ours.parameters()] == [tuple(p.shape) for p in theirs.parameters()]
    assert ours.stem.out_channels == ours.classifier.in_features == 5


def test_pruned_model_equals_the_masked_model() -> None:
    model = trained_like(4)
    group = residual_group(model)
    keep = torch.tensor([1, 3, 4])
    masked = trained_like(4)
    removed = torch.tensor([0, 2, 5, 6, 7])
    with torch.no_grad():
        for layer in layers(masked, group.writers):
            layer.weight[removed] = 0
        for norm in layers(masked, group.norms):
            norm.weight[removed] = 0
            norm.bias[removed] = 0
    x = torch.randn(3, 1, 8, 8, generator=torch.Generator().manual_seed(5))
    with torch.no_grad():
        torch.testing.assert_close(prune_group(model, group, keep)(x), masked(x), rtol=0, atol=1e-6)
    assert torch.equal(model.stem.weight, trained_like(4).stem.weight)  # the original is not modified


def test_scores_validation() -> None:
    conv, bn = nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4)
    with pytest.raises(TypeError):
        coupled_channel_scores(conv, [bn], [], 2)
    with pytest.raises(ValueError):
        coupled_channel_scores([], [bn], [], 2)
    with pytest.raises(TypeError):
        coupled_channel_scores([conv], [nn.InstanceNorm2d(4, affine=True)], [], 2)
    with pytest.raises(ValueError):
        coupled_channel_scores([conv], [nn.BatchNorm2d(5)], [], 2)
    with pytest.raises(ValueError):
        coupled_channel_scores([conv], [bn], [nn.Conv2d(4, 4, 1, groups=2)], 2)
    with pytest.raises(ValueError):
        coupled_channel_scores([conv], [bn], [], 3)
    with pytest.raises(TypeError):
        coupled_channel_scores([conv], [bn], [], True)
    with pytest.raises(ValueError):  # writers are checked before p
        coupled_channel_scores([], [bn], [], "2")
    with pytest.raises(TypeError):  # a list or tuple, not any container of modules
        coupled_channel_scores(nn.ModuleList([conv]), [bn], [], 2)
    with pytest.raises(ValueError):  # each list's types and sizes before the next list: the norm's size decides
        coupled_channel_scores([conv], [nn.BatchNorm2d(5)], [nn.ReLU()], 2)
    with pytest.raises(ValueError):  # the writers' sizes decide before the norms' types
        coupled_channel_scores([conv, nn.Conv2d(1, 3, 1)], [nn.InstanceNorm2d(4)], [], 2)


@pytest.mark.parametrize("p", [1, 2])
def test_scores_are_computed_in_float64(p: int) -> None:
    """bfloat16 weights are summed in float64, and |w|^p of tiny float64 weights does not underflow as in float32."""
    gen = torch.Generator().manual_seed(0)
    writer, norm, reader = nn.Conv2d(2, 3, 3), nn.BatchNorm2d(3), nn.Linear(3, 2)
    with torch.no_grad():
        for m in (writer, norm, reader):
            m.weight.copy_(torch.rand(m.weight.shape, generator=gen) - 0.5)
    weights = [m.weight.detach().double() for m in (writer, norm, reader)]
    expected = weights[0].abs().pow(p).flatten(1).sum(1) + weights[1].abs().pow(p) + weights[2].abs().pow(p).sum(0)
    low = [m.to(torch.bfloat16) for m in copy.deepcopy((writer, norm, reader))]
    low_weights = [m.weight.detach().double() for m in low]
    low_expected = (
        low_weights[0].abs().pow(p).flatten(1).sum(1) + low_weights[1].abs().pow(p) + low_weights[2].abs().pow(p).sum(0)
    )
    assert torch.allclose(coupled_channel_scores([low[0]], [low[1]], [low[2]], p), low_expected, rtol=1e-12, atol=0)
    tiny = [m.double() for m in copy.deepcopy((writer, norm, reader))]
    with torch.no_grad():
        for m in tiny:
            m.weight.mul_(2.0**-80)
    scores = coupled_channel_scores([tiny[0]], [tiny[1]], [tiny[2]], p)
    assert torch.allclose(scores, expected * 2.0 ** (-80 * p), rtol=1e-12, atol=0)


def test_keep_top_ties_prune_the_lower_index_first() -> None:
    assert keep_top(torch.tensor([1.0, 2.0, 1.0, 1.0]), 3).tolist() == [1, 2, 3]
