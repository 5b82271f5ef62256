"""Parameter, nonzero-weight and sparsity counts over a model's prunable weights."""

from __future__ import annotations

import torch
from torch import nn

from utils.models import prunable_modules
from utils.reference import graded_reference
from utils.validation import validate_type


def effective_weight(module: nn.Module) -> torch.Tensor:
    """The weight a layer computes with: ``weight_orig * weight_mask`` when pruned by torch, else ``weight``.

    Args:
        module: a layer with a ``weight``, pruned with :mod:`torch.nn.utils.prune` or not.

    Returns:
        A detached tensor of the weight's shape and dtype. For a plain layer it shares storage with the parameter,
        so treat it as read-only.
    """
    # torch.nn.utils.prune refreshes module.weight only in a forward pre-hook,
    # so after an optimizer step it lags behind weight_orig: recompute it.
    if hasattr(module, "weight_orig") and hasattr(module, "weight_mask"):
        return module.weight_orig.detach() * module.weight_mask
    return module.weight.detach()


def prunable_weights(model: nn.Module) -> dict[str, torch.Tensor]:
    """Return the effective weight of every Linear, Conv1d and Conv2d layer.

    Args:
        model: Any module; pruned layers (``weight_orig`` + ``weight_mask``
            from ``torch.nn.utils.prune``) and plain layers are both handled.

    Returns:
        Mapping from qualified module name to its weight, in
        ``named_modules()`` order. Each tensor is detached and keeps the
        layer's shape and dtype: ``(out, in)`` for Linear, ``(out, in/groups,
        k)`` for Conv1d, ``(out, in/groups, kh, kw)`` for Conv2d. For pruned
        layers it is ``weight_orig * weight_mask`` (a new tensor); otherwise
        it shares storage with the parameter, so treat it as read-only.
    """
    validate_type("model", model, nn.Module)
    return {name: effective_weight(module) for name, module in prunable_modules(model).items()}


def count_parameters(model: nn.Module) -> int:
    """Count all parameter elements of a model.

    Pruning with ``torch.nn.utils.prune`` turns ``weight`` into the parameter
    ``weight_orig`` plus a buffer ``weight_mask``; only parameters are
    counted, so the result is the same before, during and after pruning.

    Args:
        model: Any module. Parameters shared between submodules count once.

    Returns:
        Total number of elements in ``model.parameters()``.
    """
    validate_type("model", model, nn.Module)
    return sum(p.numel() for p in model.parameters())


def count_nonzero_weights(model: nn.Module) -> int:
    """Count the nonzero elements of the prunable weights.

    Args:
        model: Any module (see :func:`prunable_weights`).

    Returns:
        Number of nonzero entries summed over all prunable weights.
    """
    return sum(int(torch.count_nonzero(w)) for w in prunable_weights(model).values())


@graded_reference("lab00", "sparsity_report")
def layer_sparsity(model: nn.Module) -> dict[str, float]:
    """Fraction of exact zeros in each prunable weight.

    Args:
        model: Any module (see :func:`prunable_weights`).

    Returns:
        Mapping from layer name to ``zeros / numel`` in ``[0, 1]``.
    """
    return {name: (w.numel() - int(torch.count_nonzero(w))) / w.numel() for name, w in prunable_weights(model).items()}


@graded_reference("lab00", "sparsity_report")
def global_sparsity(model: nn.Module) -> float:
    """Fraction of exact zeros over all prunable weights together.

    Large layers weigh more: this is total zeros over total elements, not the
    mean of :func:`layer_sparsity`.

    Args:
        model: Any module with at least one non-empty prunable weight.

    Returns:
        ``sum(zeros) / sum(numel)`` in ``[0, 1]``.

    Raises:
        ValueError: If the model has no Linear/Conv1d/Conv2d weight elements.
    """
    weights = prunable_weights(model).values()
    total = sum(w.numel() for w in weights)
    if total == 0:
        raise ValueError(
            "global_sparsity needs at least one non-empty Linear, Conv1d or Conv2d weight; the model has none."
        )
    return (total - sum(int(torch.count_nonzero(w)) for w in weights)) / total
