"""Magnitude pruning: the smallest ``|w|`` go first, in one tensor, across tensors, or across a whole model."""

from __future__ import annotations

import numbers
from collections.abc import Mapping, Sequence
from typing import Literal, get_args

import torch
from torch import nn

from utils.models import prunable_modules
from utils.pruning.masks import Amount, apply_masks, count_to_prune, current_masks, mask_or_ones
from utils.reference import graded_reference
from utils.validation import validate_choice, validate_fraction, validate_int, validate_type

Scope = Literal["local", "global"]


def _checked_amount(amount: object) -> Amount:
    """``amount`` as a Python ``int`` (a count) or ``float`` (a fraction), numpy scalars included.

    Raises:
        TypeError: if it is not a real number, or a ``bool``.
        ValueError: if a fraction lies outside ``[0, 1]`` or a count is negative.
    """
    if isinstance(amount, numbers.Integral) and not isinstance(amount, bool):
        return validate_int("amount", amount, minimum=0)
    return validate_fraction("amount", amount)


@graded_reference("lab00", "magnitude_mask")
def magnitude_mask(tensor: torch.Tensor, amount: Amount, mask: torch.Tensor | None = None) -> torch.Tensor:
    """Unstructured magnitude mask, identical to torch's ``l1_unstructured``.

    Args:
        tensor: any shape; not modified.
        amount: fraction or count of the unpruned entries to prune (see :mod:`utils.pruning.masks`); numpy
            scalars are accepted, a ``bool`` is not.
        mask: current mask of ``tensor`` (all ones when None); pruned entries stay pruned.

    Returns:
        A mask of ``tensor``'s shape and dtype, on the mask's device, with the
        ``count_to_prune(amount, unpruned)`` unpruned entries of smallest ``|w|`` set to 0. Among equal ``|w|``
        the entry with the lower index in ``tensor.flatten()`` is pruned first.

    Raises:
        TypeError: if ``tensor`` (or ``mask``) is not a tensor, or ``amount`` is not a real number.
        ValueError: if ``amount`` is out of range or ``mask`` has another shape. Arguments are checked in
            signature order.
    """
    validate_type("tensor", tensor, torch.Tensor)
    amount = _checked_amount(amount)
    alive = mask_or_ones(tensor, mask).flatten() != 0
    alive_index = alive.nonzero().squeeze(1)
    k = count_to_prune(amount, alive_index.numel())
    # A stable sort makes ties deterministic: the lower index is pruned first.
    order = torch.argsort(tensor.detach().abs().flatten()[alive_index], stable=True)
    keep = alive.clone()
    keep[alive_index[order[:k]]] = False
    return keep.reshape(tensor.shape).to(tensor.dtype)


@graded_reference("lab00", "global_magnitude_masks")
def global_magnitude_masks(
    tensors: Mapping[str, torch.Tensor], amount: Amount, masks: Mapping[str, torch.Tensor] | None = None
) -> dict[str, torch.Tensor]:
    """Magnitude masks with one threshold shared by all tensors (torch's ``global_unstructured``).

    All entries are ranked together, so a layer whose weights are small loses
    more of them than a layer whose weights are large.

    Args:
        tensors: ``{name: weight}`` of any shapes; order matters only for ties (earlier tensors first, then
            flat index).
        amount: fraction or count of all unpruned entries together.
        masks: current masks by name (missing names count as all ones).

    Returns:
        ``{name: mask}`` in the order of ``tensors``, each mask shaped like its tensor and of its dtype.

    Raises:
        TypeError: if ``tensors`` is not a mapping of tensors, or ``amount`` is not a real number (a bool).
        ValueError: if ``tensors`` is empty, ``amount`` is out of range or a mask's shape differs from its
            tensor's. Arguments are checked in signature order.
    """
    validate_type("tensors", tensors, Mapping)
    for name, t in tensors.items():
        validate_type(f"tensors[{name!r}]", t, torch.Tensor)
    if not tensors:
        raise ValueError("global pruning needs at least one tensor")
    amount = _checked_amount(amount)
    masks = masks or {}
    current = [mask_or_ones(t, masks.get(name), f"masks[{name!r}]") for name, t in tensors.items()]
    # Ranking the concatenation is exactly one threshold for all tensors, and the flat-index tie rule of
    # magnitude_mask becomes "earlier tensors first".
    flat = magnitude_mask(
        torch.cat([t.detach().flatten() for t in tensors.values()]), amount, torch.cat([m.flatten() for m in current])
    )
    result, start = {}, 0
    for name, t in tensors.items():
        result[name] = flat[start : start + t.numel()].reshape(t.shape).to(t.dtype)
        start += t.numel()
    return result


@graded_reference("lab00", "prune_model")
def magnitude_prune(
    model: nn.Module, sparsity: float, scope: Scope = "global", layers: Sequence[str] | None = None
) -> dict[str, torch.Tensor]:
    """Raise the model's weight sparsity to ``sparsity`` by magnitude, keeping earlier pruning.

    ``sparsity`` is absolute (a fraction of *all* prunable weights, not of the
    remaining ones), which is what schedules speak in. ``local`` prunes
    ``round(sparsity * numel)`` entries in each layer; ``global`` prunes
    ``round(sparsity * total)`` entries ranked across all layers.

    Args:
        model: the model; pruned in place with :func:`~utils.pruning.apply_masks`.
        sparsity: target fraction in ``[0, 1]``; must not be below the current sparsity.
        scope: ``"local"`` (per layer) or ``"global"`` (one threshold).
        layers: names of the layers to prune (default: all prunable layers); the others are untouched.

    Returns:
        The new masks of the pruned layers, by layer name, each shaped like that layer's weight.

    Raises:
        TypeError: if ``model`` is not a module, ``sparsity`` not a real number (a bool) or ``scope`` not a str.
        KeyError: if ``layers`` names a layer that is not prunable.
        ValueError: if ``sparsity`` is outside ``[0, 1]`` or below what is already pruned, since pruning never
            regrows weights, or ``scope`` is another string. Arguments are checked in signature order.
    """
    validate_type("model", model, nn.Module)
    sparsity = validate_fraction("sparsity", sparsity)
    validate_type("scope", scope, str)
    validate_choice("scope", scope, get_args(Scope))
    modules = prunable_modules(model)
    names = list(modules) if layers is None else list(layers)
    unknown = sorted(set(names) - set(modules))
    if unknown:
        raise KeyError(f"no prunable layer named {unknown}; the model has {list(modules)}")
    weights = {name: _unmasked_weight(modules[name]) for name in names}
    all_masks = current_masks(model)
    masks = {name: all_masks[name] for name in names}
    if scope == "local":
        new_masks = {
            name: magnitude_mask(w, _extra_count(sparsity, masks[name]), masks[name]) for name, w in weights.items()
        }
    else:
        total_extra = _extra_count(sparsity, torch.cat([m.flatten() for m in masks.values()]))
        new_masks = global_magnitude_masks(weights, total_extra, masks)
    apply_masks(model, new_masks)
    return new_masks


def _unmasked_weight(module: nn.Module) -> torch.Tensor:
    # torch.nn.utils.prune keeps the dense values in weight_orig; ranking uses them, as torch does.
    return getattr(module, "weight_orig", module.weight).detach()


def _extra_count(sparsity: float, mask: torch.Tensor) -> int:
    """How many more entries of ``mask`` to prune so that ``round(sparsity * numel)`` are pruned."""
    already = int((mask == 0).sum())
    target = round(sparsity * mask.numel())
    if target < already:
        raise ValueError(
            f"target sparsity {sparsity} prunes {target} weights but {already} are already pruned; "
            "pruning never regrows weights"
        )
    return target - already
