"""Structured pruning: remove whole filters or channels, the slices of a weight with the smallest norm."""

from __future__ import annotations

import numbers

import torch

from utils.pruning.magnitude import _checked_amount, magnitude_mask
from utils.pruning.masks import Amount, mask_or_ones
from utils.reference import graded_reference
from utils.validation import validate_int, validate_type


@graded_reference("lab00", "filter_l2_mask")
def ln_structured_mask(
    tensor: torch.Tensor, amount: Amount, n: float = 2, dim: int = 0, mask: torch.Tensor | None = None
) -> torch.Tensor:
    """Prune whole slices along ``dim`` with the smallest L``n`` norm (torch's ``ln_structured``).

    With ``dim=0`` on a conv weight ``(M, C, R, S)`` this removes output filters;
    with ``dim=1`` input channels. A slice counts as unpruned while any of its
    mask entries is nonzero.

    Args:
        tensor: at least 2-D, e.g. ``(M, C, R, S)`` or ``(out_features, in_features)``; not modified.
        amount: fraction or count of the unpruned slices (see :mod:`utils.pruning.masks`).
        n: the norm's order (1, 2, ``float("inf")``...), as in ``torch.linalg.vector_norm``.
        dim: the dimension whose slices are pruned, in ``[-tensor.dim(), tensor.dim())``.
        mask: current mask of ``tensor`` (all ones when None); pruned entries stay pruned.

    Returns:
        ``mask`` times a 0/1 factor per slice, so of ``tensor``'s shape: every entry of a pruned slice is 0.
        Among equal norms the slice with the lower index is pruned first.

    Raises:
        TypeError: if ``tensor`` is not a tensor, ``amount`` or ``n`` not a real number (a bool) or ``dim`` not an
            int.
        ValueError: if ``tensor`` has fewer than 2 dims, ``amount`` or ``dim`` is out of range, or ``mask`` has
            another shape. Arguments are checked in signature order.
    """
    validate_type("tensor", tensor, torch.Tensor)
    if tensor.dim() < 2:
        raise ValueError(f"tensor must have at least 2 dims, got shape {tuple(tensor.shape)}.")
    amount = _checked_amount(amount)
    if isinstance(n, bool) or not isinstance(n, numbers.Real):
        raise TypeError(f"n must be a real number, got {type(n).__name__} {n!r}.")
    n = float(n)
    dim = validate_int("dim", dim, minimum=-tensor.dim(), maximum=tensor.dim() - 1) % tensor.dim()
    mask = mask_or_ones(tensor, mask)
    other_dims = [d for d in range(tensor.dim()) if d != dim]
    norms = torch.linalg.vector_norm(tensor.detach(), ord=n, dim=other_dims)
    alive = mask.detach().abs().sum(dim=other_dims) != 0
    # Norms are >= 0, so a magnitude mask over the vector of norms ranks the slices with the same counting
    # and tie rules.
    keep = magnitude_mask(norms, amount, alive.to(norms.dtype))
    shape = [1] * tensor.dim()
    shape[dim] = -1
    return mask * keep.reshape(shape).to(tensor.dtype)
