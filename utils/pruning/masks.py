"""The conventions every mask follows, the random baseline mask, and attaching masks to a model.

Conventions, identical to ``torch.nn.utils.prune``:

* A mask has the tensor's shape and dtype and holds 1.0 (kept) or 0.0 (pruned).
* ``amount`` counts among the entries that are still unpruned: a float in ``[0, 1]`` is that fraction of them,
  rounded with Python's ``round`` (ties to even: ``round(2.5) == 2``); an int is an absolute number of them.
* Pruning again with an existing ``mask`` only removes more: what was pruned stays pruned.
"""

from __future__ import annotations

from collections.abc import Mapping

import torch
from torch import nn
from torch.nn.utils import prune as torch_prune

from utils.models import prunable_modules
from utils.validation import validate_fraction, validate_int, validate_shape, validate_type

Amount = int | float


def count_to_prune(amount: Amount, available: int) -> int:
    """How many of ``available`` unpruned entries an ``amount`` removes.

    Args:
        amount: fraction in ``[0, 1]`` (float) or absolute count ``>= 0`` (int, not bool).
        available: number of entries still unpruned.

    Returns:
        ``round(amount * available)`` for a float (Python rounding, ties to even), ``amount`` for an int.

    Raises:
        TypeError: if ``amount`` is neither an int nor a float.
        ValueError: if it is out of range, or a count larger than ``available``.
    """
    validate_type("amount", amount, (int, float))
    if isinstance(amount, float):
        return round(validate_fraction("amount", amount) * available)
    if validate_int("amount", amount, minimum=0) > available:
        raise ValueError(f"amount={amount} entries cannot be pruned: only {available} are still unpruned.")
    return amount


def mask_or_ones(tensor: torch.Tensor, mask: torch.Tensor | None, name: str = "mask") -> torch.Tensor:
    """The current mask of ``tensor``: ``mask`` after checking its shape, or all ones when nothing is pruned yet.

    Args:
        tensor: the tensor being pruned, any shape.
        mask: its current mask (same shape), or None.
        name: the mask's argument name, for the error message.

    Returns:
        ``mask`` itself, or ``torch.ones_like(tensor)``.
    """
    if mask is None:
        return torch.ones_like(tensor)
    validate_shape(name, mask, tensor.shape)
    return mask


def random_mask(
    tensor: torch.Tensor, amount: Amount, mask: torch.Tensor | None = None, generator: torch.Generator | None = None
) -> torch.Tensor:
    """Prune uniformly random unpruned entries (torch's ``random_unstructured``).

    The baseline every importance score must beat, e.g. when pruning at initialisation (lab02) or when
    testing whether a lottery ticket is more than a random subnetwork (lab08).

    Args:
        tensor: any shape; only its shape, dtype and device are used.
        amount: fraction or count of the unpruned entries (see the module docstring).
        mask: current mask of ``tensor`` (all ones when None); pruned entries stay pruned.
        generator: a seeded CPU ``torch.Generator`` for reproducible masks.

    Returns:
        A mask of ``tensor``'s shape and dtype with exactly ``count_to_prune(amount, unpruned)`` more zeros.
    """
    keep = mask_or_ones(tensor, mask).flatten() != 0
    alive = keep.nonzero().squeeze(1)
    k = count_to_prune(amount, alive.numel())
    chosen = torch.randperm(alive.numel(), generator=generator)[:k].to(alive.device)
    keep[alive[chosen]] = False
    return keep.reshape(tensor.shape).to(tensor.dtype)


def current_masks(model: nn.Module) -> dict[str, torch.Tensor]:
    """The mask of every prunable weight.

    Args:
        model: any module.

    Returns:
        ``{layer name: mask}`` for every layer of :func:`~utils.models.prunable_modules`: a copy of its
        ``weight_mask`` when pruned, else all ones of the weight's shape and dtype.
    """
    return {
        name: module.weight_mask.detach().clone() if hasattr(module, "weight_mask") else torch.ones_like(module.weight)
        for name, module in prunable_modules(model).items()
    }


def apply_masks(model: nn.Module, masks: Mapping[str, torch.Tensor]) -> None:
    """Attach ``masks`` through ``torch.nn.utils.prune.custom_from_mask``.

    The mask is then enforced by a forward pre-hook (``weight = weight_orig * weight_mask``),
    so fine-tuning cannot regrow pruned weights. A module pruned before has its masks multiplied.

    Args:
        model: pruned in place.
        masks: ``{layer name: mask}``, each shaped like that layer's weight; layers not named are untouched.

    Raises:
        KeyError: if a name is not a prunable layer of ``model``.
    """
    modules = prunable_modules(model)
    unknown = sorted(set(masks) - set(modules))
    if unknown:
        raise KeyError(f"no prunable layer named {unknown}; the model has {list(modules)}")
    for name, mask in masks.items():
        torch_prune.custom_from_mask(modules[name], "weight", mask.to(modules[name].weight.device))


def remove_masks(model: nn.Module) -> None:
    """Make pruning permanent: fold each mask into ``weight`` and drop ``weight_orig``/``weight_mask``.

    Args:
        model: changed in place; layers that were never pruned are left alone.
    """
    for module in prunable_modules(model).values():
        if torch_prune.is_pruned(module) and hasattr(module, "weight_mask"):
            torch_prune.remove(module, "weight")
