"""Coupled channels: a channel that feeds a residual add is removed from every layer that writes or reads it.

In ``y = relu(x + bn2(conv2(h)))`` the channel ``c`` of ``x`` and the channel ``c`` of ``bn2``'s output are added
together, so neither can go alone: removing channel ``c`` of the stream means removing output channel ``c`` of every
conv that writes into the add (the stem and each block's ``conv2``), entry ``c`` of the BatchNorms after them, and
input channel ``c`` of every layer that reads the sum (each block's ``conv1`` and the classifier). Torch-pruning
(Fang et al., 2023, "DepGraph") calls such a set of layers a *group* and finds it by tracing the model; its group
importance ``MagnitudeImportance(p, group_reduction="sum", normalizer=None)`` sums, over every layer of the group,
each channel's ``sum |w|^p`` (no root: for ``p = 2`` the sum of squares).

ChannelGroup              the layers of one coupled group, by module name: writers, their BatchNorms, readers
residual_group            the group of ``DigitsResNet``'s residual stream
coupled_channel_scores    the group importance of each channel (graded in Lab 3)
prune_group               a copy of the model with the group's channels physically removed from every layer
keep_top                  the channels with the highest scores (ties: the lower index is pruned first)

``tests/test_coupled.py`` checks the group, the scores and the pruned model against torch-pruning's dependency graph.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass

import torch
from torch import nn
from torch.nn.modules.batchnorm import _BatchNorm

from utils.models.resnet import DigitsResNet
from utils.reference import graded_reference
from utils.validation import validate_int, validate_type


@dataclass(frozen=True)
class ChannelGroup:
    """Module names of one coupled group: channel ``c`` is output ``c`` of each writer and entry ``c`` of each
    norm, and input ``c`` of each reader."""

    writers: tuple[str, ...]
    norms: tuple[str, ...]
    readers: tuple[str, ...]


def residual_group(model: DigitsResNet) -> ChannelGroup:
    """The coupled group of ``model``'s residual stream (the stem, every block's ``conv2``/``bn2`` and ``conv1``,
    and the classifier)."""
    validate_type("model", model, DigitsResNet)
    blocks = range(len(model.blocks))
    return ChannelGroup(
        writers=("stem", *(f"blocks.{i}.conv2" for i in blocks)),
        norms=("stem_bn", *(f"blocks.{i}.bn2" for i in blocks)),
        readers=(*(f"blocks.{i}.conv1" for i in blocks), "classifier"),
    )


def _check_layers(name: str, layers: object, types: tuple[type, ...]) -> None:
    validate_type(name, layers, (list, tuple))
    for i, layer in enumerate(layers):
        validate_type(f"{name}[{i}]", layer, types)


def _check_sizes(name: str, sizes: Sequence[int], channels: int, what: str) -> None:
    """Every layer of one list must have ``channels`` entries along the group's channel."""
    for i, size in enumerate(sizes):
        if size != channels:
            raise ValueError(f"{name}[{i}] has {size} {what}, the group has {channels} channels")


@graded_reference("lab03", "coupled_channel_scores")
def coupled_channel_scores(
    writers: Sequence[nn.Conv2d | nn.Linear],
    norms: Sequence[_BatchNorm],
    readers: Sequence[nn.Conv2d | nn.Linear],
    p: int = 2,
) -> torch.Tensor:
    """The importance of each channel of a coupled group: the sum, over every layer of the group, of ``sum |w|^p``.

    Torch-pruning's ``MagnitudeImportance(p=p, group_reduction="sum", normalizer=None)``. For channel ``c``:

    * each writer (``nn.Conv2d`` or ``nn.Linear``) adds ``sum |W[c]|^p`` over its output channel ``c`` (the whole
      filter ``W[c, :, :, :]``, or row ``W[c, :]``); a bias does not count;
    * each norm (a BatchNorm) adds ``|gamma_c|^p``; a norm without ``gamma`` (``affine=False``) adds nothing, and
      its shift ``beta`` does not count;
    * each reader (``nn.Conv2d`` with ``groups=1`` or ``nn.Linear``) adds ``sum |W[:, c]|^p`` over its input
      channel ``c`` (``W[:, c, :, :]`` of a conv, column ``W[:, c]`` of a linear layer).

    ``sum |w|^p`` is the p-th power of the L-p norm, not the norm itself: for ``p = 2`` a sum of squares, with no
    square root (that is how torch-pruning sums norms across layers).

    Args:
        writers: a non-empty list or tuple of layers whose output channels are the group's ``C`` channels; ``C`` is
            the first writer's output count. Not modified.
        norms: a list or tuple (possibly empty) of BatchNorm modules (``nn.BatchNorm1d``/``2d``/``3d``) with ``C``
            features. Not modified.
        readers: a list or tuple (possibly empty) of layers with ``C`` input channels (a Linear reads the channels
            directly, as after global pooling: ``in_features == C``). Not modified.
        p: the norm degree, ``1`` or ``2`` (an int or a numpy integer, not a bool).

    Returns:
        A float64 tensor of shape ``(C,)`` on the first writer's device, without autograd history
        (``requires_grad`` False), computed in float64 whatever the weights' dtype (``bfloat16`` included; a
        float32 detour loses the squares of tiny weights); summation order is free (checks allow 1e-6 relative
        difference).

    Raises:
        TypeError: if ``writers``, ``norms`` or ``readers`` is not a list or tuple, or holds a module of another
            kind (an ``InstanceNorm2d`` is not a BatchNorm, a ``Conv1d`` is not a ``Conv2d``); if ``p`` is not an
            int.
        ValueError: if ``writers`` is empty; if a writer has another number of outputs, a norm another number of
            features, or a reader another number of inputs than ``C``; if a reader is a conv with ``groups != 1``; if
            ``p`` is not 1 or 2. Arguments are checked in signature order (all types and sizes of ``writers``, then
            ``norms``, ``readers`` and ``p``); which of two bad elements of one list decides is not specified.
    """
    # Signature order: all of writers (types, then sizes), then norms, then readers, then p.
    _check_layers("writers", writers, (nn.Conv2d, nn.Linear))
    if len(writers) == 0:
        raise ValueError("writers must hold at least one layer")
    channels = writers[0].weight.shape[0]
    _check_sizes("writers", [writer.weight.shape[0] for writer in writers], channels, "outputs")
    _check_layers("norms", norms, (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d))
    _check_sizes("norms", [norm.num_features for norm in norms], channels, "features")
    _check_layers("readers", readers, (nn.Conv2d, nn.Linear))
    for i, reader in enumerate(readers):
        if isinstance(reader, nn.Conv2d) and reader.groups != 1:
            raise ValueError(f"readers[{i}] is a grouped conv (groups={reader.groups}); only groups=1 is supported")
    _check_sizes("readers", [reader.weight.shape[1] for reader in readers], channels, "inputs")
    p = validate_int("p", p)
    if p not in (1, 2):
        raise ValueError(f"p must be 1 or 2, got {p}")
    with torch.no_grad():
        scores = torch.zeros(channels, dtype=torch.float64, device=writers[0].weight.device)
        for writer in writers:
            scores += writer.weight.double().abs().pow(p).flatten(1).sum(dim=1)
        for norm in norms:
            if norm.weight is not None:
                scores += norm.weight.double().abs().pow(p)
        for reader in readers:
            scores += reader.weight.double().abs().pow(p).transpose(0, 1).flatten(1).sum(dim=1)
    return scores


def _index(tensor: torch.Tensor | None, dim: int, keep: torch.Tensor) -> torch.Tensor | None:
    return None if tensor is None else tensor.detach().index_select(dim, keep).clone()


def _slice_writer(layer: nn.Conv2d | nn.Linear, keep: torch.Tensor) -> None:
    layer.weight = nn.Parameter(_index(layer.weight, 0, keep))
    if layer.bias is not None:
        layer.bias = nn.Parameter(_index(layer.bias, 0, keep))
    if isinstance(layer, nn.Conv2d):
        layer.out_channels = keep.numel()
    else:
        layer.out_features = keep.numel()


def _slice_norm(norm: _BatchNorm, keep: torch.Tensor) -> None:
    if norm.affine:
        norm.weight = nn.Parameter(_index(norm.weight, 0, keep))
        norm.bias = nn.Parameter(_index(norm.bias, 0, keep))
    if norm.track_running_stats:
        norm.running_mean = _index(norm.running_mean, 0, keep)
        norm.running_var = _index(norm.running_var, 0, keep)
    norm.num_features = keep.numel()


def _slice_reader(layer: nn.Conv2d | nn.Linear, keep: torch.Tensor) -> None:
    layer.weight = nn.Parameter(_index(layer.weight, 1, keep))
    if isinstance(layer, nn.Conv2d):
        layer.in_channels = keep.numel()
    else:
        layer.in_features = keep.numel()


def prune_group(model: nn.Module, group: ChannelGroup, keep: torch.Tensor) -> nn.Module:
    """A copy of ``model`` that keeps only channels ``keep`` of ``group``, in every layer of the group.

    Each writer loses its other output channels (and bias entries), each norm its other entries (scale, shift,
    running statistics), each reader its other input channels; every other layer is copied unchanged. Because
    every layer that adds or reads the channel loses it, the smaller model computes exactly what the original
    computes with those channels zero everywhere.

    Args:
        model: the model; not modified.
        group: module names of the coupled group (``residual_group``).
        keep: 1-D int64 tensor of distinct channel indices in ``[0, C)``, in the order the new channels take.

    Returns:
        The smaller model, in the original's training mode.

    Raises:
        TypeError: if ``keep`` is not an integer tensor.
        ValueError: if ``keep`` is not 1-D, is empty, repeats an index or leaves ``[0, C)``.
    """
    validate_type("keep", keep, torch.Tensor)
    if keep.dtype not in (torch.int32, torch.int64):
        raise TypeError(f"keep must be an int32 or int64 tensor, got {keep.dtype}")
    channels = model.get_submodule(group.writers[0]).weight.shape[0]
    if keep.dim() != 1 or keep.numel() == 0 or keep.unique().numel() != keep.numel():
        raise ValueError("keep must be a non-empty 1-D tensor of distinct indices")
    if int(keep.min()) < 0 or int(keep.max()) >= channels:
        raise ValueError(f"keep must index channels in [0, {channels})")
    keep = keep.long()
    small = copy.deepcopy(model)
    for name in group.writers:
        _slice_writer(small.get_submodule(name), keep)
    for name in group.norms:
        _slice_norm(small.get_submodule(name), keep)
    for name in group.readers:
        _slice_reader(small.get_submodule(name), keep)
    return small


def keep_top(scores: torch.Tensor, count: int) -> torch.Tensor:
    """The ``count`` channels with the highest scores, sorted by index; among equal scores the channel with the
    lower index is pruned first (the course's tie rule)."""
    count = validate_int("count", count, minimum=1, maximum=scores.numel())
    order = torch.argsort(scores, stable=True)
    return order[scores.numel() - count :].sort().values
