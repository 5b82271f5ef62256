"""Network slimming: an L1 penalty on BatchNorm scales, one global threshold, and channels removed for real.

Liu et al. (2017), "Learning efficient convolutional networks through network slimming", train with the extra loss
``lambda * sum |gamma|`` over every BatchNorm scale ``gamma``, then remove the channels whose ``|gamma|`` falls
below one threshold shared by all layers, and fine-tune the smaller network. The pieces:

bn_l1_subgradient    the penalty's subgradient step, ``grad += lambda * sign(gamma)`` (the paper's code)
global_threshold     the ``|gamma|`` at index ``int(total * percent)`` of all scales sorted ascending
kept_channels        per layer, the channels whose ``|gamma|`` is above the threshold (at least one per layer)
slice_block          conv -> BN -> next layer, rebuilt with only the kept channels (a smaller dense block)
absorbed_bias        the next layer's bias with the removed channels' constant output ``ReLU(beta)`` folded in
fold_bn              BatchNorm folded into the preceding conv or linear layer for inference
slim_model           a whole model's channels removed, block by block (calls slice_block and absorbed_bias)
mask_channels        the *masked* model that slimming must reproduce: removed channels' ``gamma`` set to 0

Why the bias is absorbed: a channel whose ``gamma`` is 0 is not silent. In eval mode its BatchNorm outputs
``gamma * x_hat + beta = beta`` everywhere, so after the ReLU it is the constant map ``ReLU(beta)``. Pooling keeps a
constant constant, and the next layer turns it into a constant per output channel, ``ReLU(beta) * sum(W[:, c])``,
which ``absorbed_bias`` adds to that layer's bias. This is exact when the next layer is a linear layer or a
convolution without padding. With zero padding, the windows at the borders see padded zeros instead of the
constant, so there the masked model adds less than the absorbed bias does: the two models differ at the border
positions only (``tests/test_slimming.py`` shows both sides).

``slim_model`` calls ``slice_block`` and ``absorbed_bias``, and ``fold_bn`` is a graded function, so these do not work
in the student edition (where the graded functions are left for students to write).
"""

from __future__ import annotations

import copy
import math
import numbers
from collections.abc import Mapping

import torch
import torch.fx
from torch import nn
from torch.nn.modules.batchnorm import _BatchNorm

from utils.reference import graded_reference
from utils.validation import validate_type

# Modules that may sit between a BatchNorm and the next weighted layer: they keep a constant map constant.
_PASS_THROUGH = (nn.ReLU, nn.MaxPool2d, nn.AdaptiveAvgPool2d, nn.AdaptiveMaxPool2d, nn.Dropout, nn.Identity)


@graded_reference("lab03", "bn_l1_subgradient")
def bn_l1_subgradient(model: nn.Module, lam: float) -> None:
    """Add the subgradient of ``lam * sum |gamma|`` over all BatchNorm scales to their gradients, in place.

    Call it after ``loss.backward()`` and before ``optimizer.step()``, as Liu et al.'s code does. For every
    BatchNorm module in ``model.modules()`` (``BatchNorm1d``, ``BatchNorm2d``, ``BatchNorm3d``) that has a scale
    (``affine=True``), with ``gamma = bn.weight``:

        ``gamma.grad += lam * sign(gamma)``, with ``sign(0) = 0`` (``torch.sign``);

    a ``gamma.grad`` that is None counts as zeros (it becomes ``lam * sign(gamma)``). Nothing else changes: not
    the BN shifts ``beta``, not the conv or linear weights, not any parameter's value.

    Args:
        model: any module; modules without BatchNorm are left alone.
        lam: the penalty's strength ``lambda``, a finite real number ``>= 0`` (Liu et al. use 1e-4 for VGG): a Python
            ``int``/``float`` or a numpy scalar, not a ``bool``.

    Returns:
        None.

    Raises:
        TypeError: if ``model`` is not a module or ``lam`` is not a real number (bool included).
        ValueError: if ``lam`` is negative, infinite or NaN.
        The arguments are validated in signature order (see Conventions): the first bad one decides.
    """
    validate_type("model", model, nn.Module)
    validate_type("lam", lam, numbers.Real)
    if not (math.isfinite(lam) and lam >= 0):
        raise ValueError(f"lam must be a finite number >= 0, got {lam!r}.")
    for module in model.modules():
        if isinstance(module, _BatchNorm) and module.weight is not None:
            step = lam * torch.sign(module.weight.detach())
            if module.weight.grad is None:
                module.weight.grad = step
            else:
                module.weight.grad.add_(step)


@graded_reference("lab03", "global_threshold")
def global_threshold(scales: Mapping[str, torch.Tensor], percent: float) -> float:
    """The one threshold shared by all layers: the ``|gamma|`` at index ``int(total * percent)`` in sorted order.

    Concatenate ``|scales[name]|`` over all names (``total`` values), sort them ascending, and return the value at
    index ``int(total * percent)`` (truncation, as Liu et al.'s code does). Channels whose ``|gamma|`` is *above*
    it are kept (:func:`kept_channels`), so the channel holding the threshold and every channel tied with it are
    removed: at least ``int(total * percent) + 1`` channels go, more when values tie there.

    Args:
        scales: ``{layer name: BN scales gamma}``, each a tensor of any shape and float dtype; not modified.
        percent: the fraction of channels to remove, a real number in ``[0, 1)`` (a Python ``int``/``float`` or a
            numpy scalar, not a ``bool``).

    Returns:
        The threshold as a Python ``float`` (an absolute value, so ``>= 0``).

    Raises:
        TypeError: if ``percent`` is not a real number (bool included) or a value is not a tensor.
        ValueError: if ``percent`` is outside ``[0, 1)`` or there are no scales at all.
        The arguments are validated in signature order (see Conventions): ``scales`` first, then ``percent``.
    """
    for name, gamma in scales.items():
        validate_type(f"scales[{name!r}]", gamma, torch.Tensor)
    values = [gamma.detach().flatten().abs().double().cpu() for gamma in scales.values()]
    flat = torch.cat(values) if values else torch.zeros(0, dtype=torch.float64)
    if flat.numel() == 0:
        raise ValueError("scales hold no values: there is nothing to threshold.")
    validate_type("percent", percent, numbers.Real)
    if not 0 <= percent < 1:
        raise ValueError(f"percent must be in [0, 1), got {percent!r}.")
    return float(torch.sort(flat).values[int(flat.numel() * percent)])


@graded_reference("lab03", "kept_channels")
def kept_channels(scales: Mapping[str, torch.Tensor], threshold: float) -> dict[str, torch.Tensor]:
    """Per layer, the indices of the channels to keep: those whose ``|gamma|`` is strictly above ``threshold``.

    Ties: a channel whose ``|gamma|`` equals the threshold is removed (strict ``>``). A layer in which no channel
    passes keeps exactly one, the one with the largest ``|gamma|`` (among equal values, the lowest index), so that
    the network stays connected.

    Args:
        scales: ``{layer name: 1-D tensor of BN scales gamma}``, any float dtype; not modified.
        threshold: a real number, e.g. from :func:`global_threshold` (a Python ``int``/``float`` or a numpy scalar,
            not a ``bool``).

    Returns:
        ``{layer name: int64 1-D tensor of kept indices, ascending}``, with the keys of ``scales`` in its order,
        each on its scale's device and never empty.

    Raises:
        TypeError: if ``threshold`` is not a real number (bool included) or a value is not a tensor.
        ValueError: if a value is not 1-D or is empty.
        The arguments are validated in signature order (see Conventions): every value of ``scales`` first, then
        ``threshold``.
    """
    for name, gamma in scales.items():
        validate_type(f"scales[{name!r}]", gamma, torch.Tensor)
        if gamma.dim() != 1 or gamma.numel() == 0:
            raise ValueError(f"scales[{name!r}] must be a non-empty 1-D tensor, got shape {tuple(gamma.shape)}.")
    validate_type("threshold", threshold, numbers.Real)
    kept = {}
    for name, gamma in scales.items():
        magnitude = gamma.detach().abs()
        indices = torch.nonzero(magnitude > threshold).flatten()
        if indices.numel() == 0:
            # argmax returns the first of equal maxima.
            indices = torch.argmax(magnitude).reshape(1)
        kept[name] = indices.to(torch.int64)
    return kept


def _check_indices(name: str, indices: torch.Tensor, channels: int) -> torch.Tensor:
    """Validate a non-empty 1-D integer tensor of distinct channel indices; return it as int64 on the CPU."""
    validate_type(name, indices, torch.Tensor)
    if indices.dtype.is_floating_point or indices.dtype.is_complex or indices.dtype == torch.bool:
        raise TypeError(f"{name} must be an integer tensor of channel indices, got dtype {indices.dtype}.")
    if indices.dim() != 1 or indices.numel() == 0:
        raise ValueError(f"{name} must be a non-empty 1-D tensor, got shape {tuple(indices.shape)}.")
    indices = indices.to(torch.int64).cpu()
    if int(indices.min()) < 0 or int(indices.max()) >= channels or indices.unique().numel() != indices.numel():
        raise ValueError(f"{name} must hold distinct indices in [0, {channels}), got {indices.tolist()}.")
    return indices


def _channels_per_input(next_layer: nn.Module, channels: int) -> int:
    """How many inputs of ``next_layer`` each channel feeds: 1 for a conv, ``in_features / channels`` after flatten."""
    if isinstance(next_layer, nn.Conv2d):
        if next_layer.groups != 1 or next_layer.in_channels != channels:
            raise ValueError(f"next_layer must be a Conv2d with groups=1 and {channels} input channels.")
        return 1
    if isinstance(next_layer, nn.Linear):
        if next_layer.in_features % channels:
            raise ValueError(f"next_layer's in_features ({next_layer.in_features}) is not a multiple of {channels}.")
        return next_layer.in_features // channels
    raise TypeError(f"next_layer must be torch.nn.Conv2d or torch.nn.Linear, got {type(next_layer).__name__}.")


def _input_columns(keep: torch.Tensor, per_channel: int) -> torch.Tensor:
    # torch.flatten of (N, C, H, W) is channel-major: channel c owns inputs c*m ... c*m + m - 1.
    return (keep[:, None] * per_channel + torch.arange(per_channel)).flatten()


@graded_reference("lab03", "slice_block")
def slice_block(
    conv: nn.Conv2d, bn: nn.BatchNorm2d, next_layer: nn.Conv2d | nn.Linear, keep: torch.Tensor
) -> tuple[nn.Conv2d, nn.BatchNorm2d, nn.Conv2d | nn.Linear]:
    """Rebuild conv -> BN -> next layer with only the channels ``keep``: a smaller, dense block.

    New channel ``j`` is old channel ``keep[j]``. The new modules hold copies (not views) of:

    * ``conv``'s filters ``weight[keep]`` and, if it has one, ``bias[keep]``; its kernel size, stride, padding,
      dilation and padding mode are kept;
    * ``bn``'s ``weight``, ``bias``, ``running_mean`` and ``running_var`` at ``keep``, and its ``eps``, ``momentum``,
      ``affine``, ``track_running_stats`` and ``num_batches_tracked``;
    * ``next_layer``'s input slices for ``keep``: ``weight[:, keep]`` for a Conv2d; for a Linear after a flatten,
      where each channel feeds ``m = in_features / C`` consecutive inputs (``m = 1`` after global pooling), the
      columns ``keep[j] * m ... keep[j] * m + m - 1`` in the order of ``keep``. Its bias is copied unchanged.

    Each new module has its old module's dtype and train/eval flag. Parameters require grad.

    Args:
        conv: ``nn.Conv2d`` with ``groups=1`` and ``C`` output channels; not modified.
        bn: ``nn.BatchNorm2d(C)``; not modified.
        next_layer: ``nn.Conv2d`` with ``C`` input channels and ``groups=1``, or ``nn.Linear`` whose
            ``in_features`` is a multiple of ``C``; not modified.
        keep: 1-D integer tensor of distinct indices in ``[0, C)``, at least one.

    Returns:
        ``(new_conv, new_bn, new_next)``.

    Raises:
        TypeError: if a module has the wrong type or ``keep`` is not an integer tensor.
        ValueError: if the channel counts do not match, a conv has ``groups != 1``, or ``keep`` is not 1-D, is
            empty, out of range or has duplicates.
        The arguments are validated in signature order (see Conventions): ``conv`` (type, groups), ``bn`` (type,
        size), ``next_layer`` (type, groups, inputs), then ``keep``; the first bad one decides.
    """
    validate_type("conv", conv, nn.Conv2d)
    if conv.groups != 1:
        raise ValueError(f"conv must have groups=1, got groups={conv.groups}.")
    validate_type("bn", bn, nn.BatchNorm2d)
    channels = conv.out_channels
    if bn.num_features != channels:
        raise ValueError(f"bn has {bn.num_features} features but conv has {channels} output channels.")
    per_channel = _channels_per_input(next_layer, channels)
    keep = _check_indices("keep", keep, channels)

    new_conv = copy.deepcopy(conv)
    new_conv.out_channels = keep.numel()
    new_conv.weight = nn.Parameter(conv.weight.detach()[keep.to(conv.weight.device)].clone())
    if conv.bias is not None:
        new_conv.bias = nn.Parameter(conv.bias.detach()[keep.to(conv.bias.device)].clone())

    new_bn = copy.deepcopy(bn)
    new_bn.num_features = keep.numel()
    if bn.affine:
        new_bn.weight = nn.Parameter(bn.weight.detach()[keep.to(bn.weight.device)].clone())
        new_bn.bias = nn.Parameter(bn.bias.detach()[keep.to(bn.bias.device)].clone())
    if bn.track_running_stats:
        new_bn.running_mean = bn.running_mean[keep.to(bn.running_mean.device)].clone()
        new_bn.running_var = bn.running_var[keep.to(bn.running_var.device)].clone()

    new_next = copy.deepcopy(next_layer)
    columns = _input_columns(keep, per_channel).to(next_layer.weight.device)
    new_next.weight = nn.Parameter(next_layer.weight.detach()[:, columns].clone())
    if isinstance(next_layer, nn.Conv2d):
        new_next.in_channels = keep.numel()
    else:
        new_next.in_features = columns.numel()
    return new_conv, new_bn, new_next


@graded_reference("lab03", "absorbed_bias")
def absorbed_bias(bn: nn.BatchNorm2d, next_layer: nn.Conv2d | nn.Linear, removed: torch.Tensor) -> torch.Tensor:
    """The next layer's bias with the constant output of the removed channels folded in.

    A removed channel ``c`` of the *masked* model has ``gamma_c = 0``; in eval mode its BN outputs ``beta_c`` at
    every position and the ReLU after it the constant ``ReLU(beta_c)``. The next layer turns that constant into a
    constant per output channel ``o``:

    * ``nn.Conv2d``: ``ReLU(beta_c) * sum over the kernel of W[o, c, :, :]`` (exact where the window does not
      cover zero padding);
    * ``nn.Linear`` after a flatten, where channel ``c`` feeds the ``m = in_features / C`` inputs
      ``c*m ... c*m + m - 1``: ``ReLU(beta_c) * sum of those m columns of W[o]``.

    The result is ``next_layer.bias`` (zeros when it has none) plus the sum of these constants over ``removed``.

    Args:
        bn: the ``nn.BatchNorm2d(C)`` whose channels are removed; its ``bias`` is ``beta`` (zeros when
            ``affine=False``); not modified.
        next_layer: ``nn.Conv2d`` with ``C`` input channels and ``groups=1``, or ``nn.Linear`` with ``in_features``
            a multiple of ``C``; not modified.
        removed: 1-D integer tensor of distinct channel indices in ``[0, C)``; may be empty.

    Returns:
        The new bias, shape ``(out_channels,)`` or ``(out_features,)``, with ``next_layer.weight``'s dtype,
        a new tensor without autograd history.

    Raises:
        TypeError: if a module has the wrong type or ``removed`` is not an integer tensor.
        ValueError: if the channel counts do not match, the next conv has ``groups != 1``, or ``removed`` is not
            1-D, is out of range or has duplicates.
        The arguments are validated in signature order (see Conventions): ``bn``, ``next_layer`` (type, groups,
        inputs), then ``removed``; the first bad one decides.
    """
    validate_type("bn", bn, nn.BatchNorm2d)
    channels = bn.num_features
    per_channel = _channels_per_input(next_layer, channels)
    weight = next_layer.weight.detach()
    bias = torch.zeros(weight.shape[0], dtype=weight.dtype, device=weight.device)
    if next_layer.bias is not None:
        bias = next_layer.bias.detach().clone()
    validate_type("removed", removed, torch.Tensor)
    if removed.dtype.is_floating_point or removed.dtype.is_complex or removed.dtype == torch.bool:
        raise TypeError(f"removed must be an integer tensor of channel indices, got dtype {removed.dtype}.")
    if removed.dim() != 1:
        raise ValueError(f"removed must be a 1-D tensor, got shape {tuple(removed.shape)}.")
    if removed.numel() == 0:
        return bias
    removed = _check_indices("removed", removed, channels)
    if not bn.affine:
        return bias
    constant = torch.relu(bn.bias.detach()[removed.to(bn.bias.device)]).to(dtype=weight.dtype, device=weight.device)
    if isinstance(next_layer, nn.Conv2d):
        per_input = weight[:, removed.to(weight.device)].sum(dim=(2, 3))
    else:
        per_input = weight.reshape(weight.shape[0], channels, per_channel)[:, removed.to(weight.device)].sum(dim=2)
    return bias + per_input @ constant


@graded_reference("lab03", "fold_bn")
def fold_bn(layer: nn.Conv2d | nn.Linear, bn: _BatchNorm) -> nn.Conv2d | nn.Linear:
    """Fold an eval-mode BatchNorm into the conv or linear layer before it: one layer that computes both.

    In eval mode BN is the affine map ``Y = p * X + q`` per channel with ``p = gamma / sqrt(running_var + eps)`` and
    ``q = beta - p * running_mean``. Applied to ``X = W x + b`` it gives a layer with

        ``W' = p[o] * W[o]`` (each output channel ``o`` scaled) and ``b' = p * b + q = p * (b - running_mean) + beta``,

    with ``b = 0`` when ``layer`` has no bias and ``gamma = 1``, ``beta = 0`` when ``bn.affine`` is False.

    Args:
        layer: ``nn.Conv2d`` (any groups, stride, padding) or ``nn.Linear``; not modified.
        bn: ``nn.BatchNorm2d`` after a conv or ``nn.BatchNorm1d`` after a linear layer, with running statistics
            (``track_running_stats=True``) and one feature per output channel; not modified.

    Returns:
        A new layer of ``layer``'s type, hyperparameters and dtype, always with a bias, whose output equals
        ``bn.eval()(layer(x))`` to float tolerance.

    Raises:
        TypeError: if ``layer`` or ``bn`` has the wrong type.
        ValueError: if ``bn`` has no running statistics or its size differs from the layer's outputs.
        The arguments are validated in signature order (see Conventions): ``layer`` first, then ``bn``.
    """
    validate_type("layer", layer, (nn.Conv2d, nn.Linear))
    validate_type("bn", bn, _BatchNorm)
    outputs = layer.out_channels if isinstance(layer, nn.Conv2d) else layer.out_features
    if not bn.track_running_stats or bn.running_var is None:
        raise ValueError("bn has no running statistics to fold (track_running_stats=False).")
    if bn.num_features != outputs:
        raise ValueError(f"bn has {bn.num_features} features but layer has {outputs} outputs.")
    weight = layer.weight.detach()
    gamma = bn.weight.detach() if bn.affine else torch.ones_like(bn.running_var)
    beta = bn.bias.detach() if bn.affine else torch.zeros_like(bn.running_mean)
    scale = gamma / torch.sqrt(bn.running_var + bn.eps)
    bias = layer.bias.detach() if layer.bias is not None else torch.zeros_like(bn.running_mean)
    folded = copy.deepcopy(layer)
    shape = (-1,) + (1,) * (weight.dim() - 1)
    folded.weight = nn.Parameter((weight * scale.reshape(shape)).to(weight.dtype))
    folded.bias = nn.Parameter(((bias - bn.running_mean) * scale + beta).to(weight.dtype))
    return folded


# --------------------------------------------------------------------------------------------------------------
# Whole models: the BatchNorm layers, the masked model and the slimmed model
# --------------------------------------------------------------------------------------------------------------


def bn_scales(model: nn.Module) -> dict[str, torch.Tensor]:
    """``{name: gamma}`` (detached) for every BatchNorm with a scale, in ``named_modules()`` order."""
    validate_type("model", model, nn.Module)
    return {
        name: module.weight.detach()
        for name, module in model.named_modules()
        if isinstance(module, _BatchNorm) and module.weight is not None
    }


def mask_channels(model: nn.Module, keep: Mapping[str, torch.Tensor]) -> nn.Module:
    """A copy of ``model`` whose BN scales ``gamma`` are 0 outside ``keep`` (BN shifts and statistics untouched).

    This is what a threshold on ``gamma`` does before anything is removed; :func:`slim_model` must reproduce it.
    """
    masked = copy.deepcopy(model)
    modules = dict(masked.named_modules())
    with torch.no_grad():
        for name, indices in keep.items():
            bn = modules[name]
            removed = torch.ones(bn.num_features, dtype=torch.bool)
            removed[indices.cpu()] = False
            bn.weight[removed.to(bn.weight.device)] = 0.0
    return masked


def conv_bn_chains(model: nn.Module) -> list[tuple[str, str, str]]:
    """``(conv, bn, next layer)`` names for every BatchNorm2d of ``model``, in the order of its forward pass.

    Traces ``model`` with :mod:`torch.fx`. Each BatchNorm2d must read the output of a Conv2d used nowhere else, and
    its output must reach exactly one Conv2d or Linear through a chain of one ReLU and any of max or adaptive
    pooling, dropout, identity and ``torch.flatten``, which all keep a constant map constant.

    Raises:
        ValueError: for a graph outside this shape (residual connections, several consumers, other operations).
    """
    traced = torch.fx.symbolic_trace(model)
    modules = dict(model.named_modules())
    chains = []
    for node in traced.graph.nodes:
        if node.op != "call_module" or not isinstance(modules[node.target], nn.BatchNorm2d):
            continue
        producer = node.args[0]
        if not (
            isinstance(producer, torch.fx.Node)
            and producer.op == "call_module"
            and isinstance(modules[producer.target], nn.Conv2d)
            and len(producer.users) == 1
        ):
            raise ValueError(f"{node.target} must follow a Conv2d whose output nothing else reads.")
        walk, relus = node, 0
        while True:
            if len(walk.users) != 1:
                raise ValueError(f"the output of {walk.name} has {len(walk.users)} consumers; slimming needs one.")
            walk = next(iter(walk.users))
            module = modules.get(walk.target) if walk.op == "call_module" else None
            if isinstance(module, (nn.Conv2d, nn.Linear)):
                break
            if isinstance(module, _PASS_THROUGH):
                relus += isinstance(module, nn.ReLU)
            elif not (walk.op in ("call_function", "call_method") and walk.target in (torch.flatten, "flatten")):
                raise ValueError(f"cannot follow a channel of {node.target} through {walk.name}.")
        if relus != 1:
            raise ValueError(f"{node.target} must be followed by exactly one ReLU before the next layer.")
        chains.append((producer.target, node.target, walk.target))
    return chains


def _set_module(model: nn.Module, name: str, module: nn.Module) -> None:
    parent_name, _, child = name.rpartition(".")
    setattr(model.get_submodule(parent_name) if parent_name else model, child, module)


def slim_model(model: nn.Module, keep: Mapping[str, torch.Tensor], absorb: bool = True) -> nn.Module:
    """A smaller dense copy of ``model`` with only the channels ``keep[bn name]`` of each BatchNorm2d.

    Block by block (see :func:`conv_bn_chains`), :func:`slice_block` rebuilds conv -> BN -> next layer; with
    ``absorb`` the removed channels' constants ``ReLU(beta)`` go into the next layer's bias (:func:`absorbed_bias`),
    so that the result equals :func:`mask_channels` (exactly where the next layer has no zero padding). Without it
    the removed channels are dropped as if ``beta`` were 0, as Torch-Pruning does. BatchNorms not in ``keep`` keep
    all their channels. ``model`` is not modified.
    """
    validate_type("model", model, nn.Module)
    slim = copy.deepcopy(model)
    for conv_name, bn_name, next_name in conv_bn_chains(model):
        if bn_name not in keep:
            continue
        conv, bn, next_layer = (slim.get_submodule(n) for n in (conv_name, bn_name, next_name))
        indices = keep[bn_name].to(torch.int64).cpu()
        removed = torch.ones(bn.num_features, dtype=torch.bool)
        removed[indices] = False
        new_bias = absorbed_bias(bn, next_layer, torch.nonzero(removed).flatten()) if absorb else None
        new_conv, new_bn, new_next = slice_block(conv, bn, next_layer, indices)
        if new_bias is not None and (next_layer.bias is not None or bool(new_bias.any())):
            new_next.bias = nn.Parameter(new_bias)
        for name, module in ((conv_name, new_conv), (bn_name, new_bn), (next_name, new_next)):
            _set_module(slim, name, module)
    return slim
