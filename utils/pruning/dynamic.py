"""Dynamic sparse training: keep the sparsity fixed from the first step, and move the kept weights while training.

Every ``update_every`` steps each masked layer *drops* its ``k`` active weights of smallest magnitude and *grows* ``k``
inactive ones, so its count of kept weights never changes. The two classic rules differ only in which weights grow:

* **SET** (Mocanu et al., 2018): at random among the inactive ones;
* **RigL** (Evci et al., 2020): those with the largest magnitude of the *dense* gradient on the current minibatch,
  the weights whose growth would lower the loss fastest.

As in RigL's official code (google-research/rigl), ``k`` is a fraction of the layer's active weights that decays
with a cosine, ``alpha / 2 * (1 + cos(pi * step / end))``, and no update happens after ``end`` (75% of training);
a grown weight starts at 0 (so the network's function does not jump) and its optimizer state is reset; a weight
just dropped may grow back at once. The initial masks here are uniform per layer and given by the caller.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import torch
from torch import nn

from utils.models import prunable_modules
from utils.pruning.lottery import Data, TrainLog, train_loop
from utils.validation import validate_choice, validate_fraction, validate_int

GROWTH_RULES = ("SET", "RigL")


def drop_fraction(step: int, alpha: float, end: int) -> float:
    """RigL's cosine decay: the fraction of a layer's active weights to drop and regrow at ``step``; 0 from ``end``."""
    if step >= end:
        return 0.0
    return alpha / 2 * (1 + math.cos(math.pi * step / end))


def drop_and_grow(weight: torch.Tensor, mask: torch.Tensor, count: int, grow_scores: torch.Tensor) -> torch.Tensor:
    """One layer's update: drop the ``count`` active weights of smallest ``|weight|``, grow the ``count`` inactive
    ones (after the drop) with the largest ``grow_scores``.

    Args:
        weight: the layer's weight.
        mask: its 0/1 mask, same shape; at least ``count`` entries active.
        count: how many to drop and grow.
        grow_scores: same shape; larger grows first (RigL: ``|gradient|``; SET: random numbers).

    Returns:
        The new mask, with ``mask``'s dtype and as many active entries as ``mask``. Ties go to the lower flat index.
    """
    active = mask.flatten() != 0
    if count == 0:
        return mask.clone()
    magnitude = torch.where(active, weight.detach().abs().flatten(), torch.inf)
    dropped = torch.sort(magnitude, stable=True).indices[:count]
    kept = active.clone()
    kept[dropped] = False
    scores = torch.where(kept, -torch.inf, grow_scores.detach().flatten().to(torch.float64))
    grown = torch.sort(scores, descending=True, stable=True).indices[:count]
    kept[grown] = True
    return kept.reshape(mask.shape).to(mask.dtype)


def train_dynamic(
    model: nn.Module,
    masks: Mapping[str, torch.Tensor],
    train_data: Data,
    val_data: Data,
    test_data: Data,
    steps: int,
    rule: str,
    update_every: int = 25,
    alpha: float = 0.3,
    end_fraction: float = 0.75,
    lr: float = 1.2e-3,
    batch_size: int = 64,
    seed: int = 0,
    eval_every: int = 10,
) -> tuple[TrainLog, dict[str, torch.Tensor]]:
    """:func:`~utils.pruning.lottery.train_masked` with the masks updated by SET or RigL every ``update_every`` steps.

    Args:
        model: trained in place; the layers named in ``masks`` must be in :func:`~utils.models.prunable_modules`.
        masks: the starting masks (not modified); each layer keeps its count of active weights throughout.
        train_data, val_data, test_data: ``(inputs, int64 labels)`` tensors.
        steps: optimizer steps (Adam).
        rule: ``"SET"`` (random growth) or ``"RigL"`` (growth by dense-gradient magnitude).
        update_every: steps between mask updates.
        alpha: the fraction dropped at the first update, decaying with a cosine.
        end_fraction: no update after this fraction of ``steps``.
        lr, batch_size, seed, eval_every: as for ``train_masked``; ``seed`` also draws SET's random growth.

    Returns:
        The :class:`~utils.pruning.lottery.TrainLog` and the final masks.
    """
    steps = validate_int("steps", steps, minimum=1)
    validate_choice("rule", rule, GROWTH_RULES)
    update_every = validate_int("update_every", update_every, minimum=1)
    alpha, end_fraction = validate_fraction("alpha", alpha), validate_fraction("end_fraction", end_fraction)
    layers = prunable_modules(model)
    masks = {name: mask.clone() for name, mask in masks.items()}
    end = int(end_fraction * steps)
    growth_generator = torch.Generator().manual_seed(seed + 1)

    def move_masks(step: int, optimizer: torch.optim.Optimizer) -> None:
        if step % update_every == 0 and step < end:
            # The gradient is dense (pruned weights are 0, not absent), which is what RigL grows by.
            _update_masks(layers, masks, optimizer, drop_fraction(step, alpha, end), rule, growth_generator)

    log = train_loop(
        model,
        masks,
        train_data,
        val_data,
        test_data,
        steps,
        lr,
        batch_size,
        seed,
        eval_every,
        after_backward=move_masks,
    )
    return log, masks


@torch.no_grad()
def _update_masks(
    layers: Mapping[str, nn.Module],
    masks: dict[str, torch.Tensor],
    optimizer: torch.optim.Optimizer,
    fraction: float,
    rule: str,
    generator: torch.Generator,
) -> None:
    for name, mask in masks.items():
        weight = layers[name].weight
        count = round(fraction * int((mask != 0).sum()))
        if rule == "RigL":
            scores = weight.grad.abs()
        else:
            scores = torch.rand(weight.shape, generator=generator)
        new = drop_and_grow(weight, mask, count, scores)
        grown = (new != 0) & (mask == 0)
        weight[grown] = 0.0  # a grown weight starts at 0: the function does not jump
        for moment in optimizer.state.get(weight, {}).values():
            if isinstance(moment, torch.Tensor) and moment.shape == weight.shape:
                moment[grown] = 0.0  # Adam's running averages restart for it
        masks[name] = new


__all__ = ["GROWTH_RULES", "drop_and_grow", "drop_fraction", "train_dynamic"]
