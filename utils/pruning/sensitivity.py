"""Sensitivity scans: how much each layer, pruned alone, costs the model."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

import torch
from torch import nn

from utils.metrics import prunable_weights
from utils.pruning.masks import apply_masks
from utils.validation import validate_fraction

MaskFn = Callable[[torch.Tensor, float], torch.Tensor]


def sensitivity_scan(
    model: nn.Module, evaluate_fn: Callable[[nn.Module], float], sparsities: Sequence[float], mask_fn: MaskFn
) -> dict[str, list[float]]:
    """Prune one layer at a time, on a copy, and record the metric at each sparsity.

    Layers whose metric collapses early are sensitive and deserve a lower sparsity. The caller chooses how to
    prune, so a lab notebook passes the student's own mask function; nothing here depends on a reference
    implementation.

    Args:
        model: left unchanged. Each trial is a ``copy.deepcopy`` of it, which torch refuses while masks of
            ``torch.nn.utils.prune`` are attached: fold them in with :func:`~utils.pruning.remove_masks` first.
        evaluate_fn: maps a model to a score such as validation accuracy.
        sparsities: the sparsities to try for each layer, each in ``[0, 1]``; ``mask_fn`` receives them as
            floats, so ``1`` means "all" even for a mask function that reads an int as a count.
        mask_fn: ``mask_fn(weight, sparsity) -> mask`` for one layer, e.g. a magnitude mask. ``weight`` is the
            layer's weight (already-pruned entries are 0), and the mask must have its shape.

    Returns:
        ``{layer name: [score at each sparsity]}`` for every prunable layer, in ``named_modules()`` order.
    """
    fractions = [validate_fraction(f"sparsities[{i}]", sparsity) for i, sparsity in enumerate(sparsities)]
    scan: dict[str, list[float]] = {}
    for name in prunable_weights(model):
        scores = []
        for sparsity in fractions:
            trial = copy.deepcopy(model)
            # The weight comes from the copy, so a mask_fn that writes to it cannot change the caller's model.
            apply_masks(trial, {name: mask_fn(prunable_weights(trial)[name], sparsity)})
            scores.append(float(evaluate_fn(trial)))
        scan[name] = scores
    return scan
