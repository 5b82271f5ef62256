"""N:M semi-structured sparsity (Lab 4): masks, the SR-STE gradient, mask flip rate, channel permutation.

Convention: ``N:M`` keeps ``N`` weights in every group of ``M`` consecutive weights along the **input** dimension
(NVIDIA's and SR-STE's reading: "2:4" keeps 2 of 4, 50% sparsity). Wanda's code counts the other way: its
``prune_n=2, prune_m=4`` prunes 2 of 4 (Lab 6). A Linear weight ``(out, in)`` is grouped along ``in``; a Conv2d
weight ``(K, C, R, S)`` along the input channels ``C`` for each ``(k, r, s)``, as apex's ASP and SR-STE's NHWC layout
do. Among equal magnitudes the lower index is pruned first (the course's tie rule from Lab 0).

Storage of an N:M matrix is :class:`utils.sparse.NMPacked` (Lab 1): values plus ``log2(M)``-bit positions.

Every function here decorated ``graded_reference`` is a Lab 4 reference: it does not work in the student edition,
and neither does :func:`greedy_permutation`, which calls :func:`swap_gains`.
"""

from __future__ import annotations

import copy
import math
import numbers
from collections.abc import Mapping

import torch
from torch import nn

from utils.reference import graded_reference
from utils.validation import validate_int, validate_type

__all__ = [
    "flip_rate",
    "greedy_permutation",
    "is_nm_sparse",
    "nm_mask",
    "permute_block",
    "srste_weight",
    "swap_gains",
]


def _check_nm_args(weight: object, n: object, m: object, dims: tuple[int, ...] = (2, 4)) -> tuple[int, int]:
    """Validate ``weight, n, m`` in signature order; returns ``(n, m)`` as Python ints."""
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in dims:
        raise ValueError(f"weight must be {' or '.join(f'{d}-D' for d in dims)}, got shape {tuple(weight.shape)}.")
    if not weight.dtype.is_floating_point:
        raise ValueError(f"weight must have a floating dtype, got {weight.dtype}.")
    n = validate_int("n", n, 0)
    m = validate_int("m", m, 1)
    if n > m:
        raise ValueError(f"n must be <= m, got n={n}, m={m}.")
    if weight.shape[1] % m:
        raise ValueError(f"the input dimension {weight.shape[1]} of weight is not divisible by m={m}.")
    return n, m


@graded_reference("lab04", "nm_mask")
def nm_mask(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    """The N:M magnitude mask: in every group of ``m`` consecutive input weights keep the ``n`` largest ``|w|``.

    Groups: a 2-D weight ``(out, in)`` is cut along ``in`` into ``in // m`` groups per row; a 4-D conv weight
    ``(K, C, R, S)`` is cut along ``C`` for each ``(k, r, s)``. Ties: among equal ``|w|`` the lower index in the group
    is pruned first, so the higher one is kept (``-0.0`` and ``0.0`` are equal).

    Args:
        weight: 2-D or 4-D tensor of a floating dtype; not modified.
        n: weights kept per group, an int in ``[0, m]``.
        m: group size, an int ``>= 1`` that divides ``weight.shape[1]``.

    Returns:
        A bool tensor of ``weight``'s shape and device, True where kept, without autograd history.

    Raises:
        TypeError: if ``weight`` is not a tensor or ``n``, ``m`` are not ints; arguments are checked in signature
            order (weight, n, m), so the first bad one decides the error.
        ValueError: if ``weight`` is not 2-D or 4-D or not floating, ``n < 0``, ``m < 1``, ``n > m``, or
            ``weight.shape[1]`` is not divisible by ``m``.
    """
    n, m = _check_nm_args(weight, n, m)
    magnitude = weight.detach().abs()
    if weight.dim() == 4:
        magnitude = magnitude.permute(0, 2, 3, 1)  # (K, R, S, C): groups run along C for each (k, r, s)
    groups = magnitude.reshape(math.prod(magnitude.shape[:-1]), magnitude.shape[-1] // m, m)
    # Stable ascending sort: among equal magnitudes the lower index comes first, so it is among the m - n pruned.
    order = torch.sort(groups, dim=-1, stable=True).indices
    kept = torch.zeros(groups.shape, dtype=torch.bool, device=weight.device)
    kept = kept.scatter_(-1, order[..., m - n :], True).reshape(magnitude.shape)
    return kept.permute(0, 3, 1, 2).contiguous() if weight.dim() == 4 else kept


@graded_reference("lab04", "is_nm_sparse")
def is_nm_sparse(weight: torch.Tensor, n: int, m: int) -> bool:
    """Whether every group of ``m`` consecutive input weights holds at most ``n`` nonzeros.

    Groups as in :func:`nm_mask`. An entry counts as nonzero when ``entry != 0`` (``-0.0`` is zero, NaN is not).
    An empty weight is N:M sparse.

    Args:
        weight: 2-D or 4-D tensor of a floating dtype; not modified.
        n: the most nonzeros allowed per group, an int in ``[0, m]``.
        m: group size, an int ``>= 1`` that divides ``weight.shape[1]``.

    Returns:
        A Python ``bool``.

    Raises:
        TypeError, ValueError: as for :func:`nm_mask`.
    """
    n, m = _check_nm_args(weight, n, m)
    nonzero = weight.detach() != 0
    if weight.dim() == 4:
        nonzero = nonzero.permute(0, 2, 3, 1)  # channels last, as in nm_mask
    groups = nonzero.reshape(math.prod(nonzero.shape[:-1]), nonzero.shape[-1] // m, m)
    return bool((groups.sum(dim=-1) <= n).all())


@graded_reference("lab04", "srste_weight")
def srste_weight(weight: torch.Tensor, n: int, m: int, decay: float = 2e-4) -> torch.Tensor:
    """The N:M-masked weight for the forward pass, with SR-STE's gradient for the dense weight.

    Forward: ``weight * mask``, with ``mask = nm_mask(weight, n, m)`` recomputed from the current dense weight at
    every call. Backward (Zhou et al., 2021; ``aojunzz/NM-sparsity``): the gradient that reaches ``weight`` is

        ``grad_output + decay * (1 - mask) * weight``,

    the straight-through gradient (pruned weights get the gradient of the masked weight too) plus the sparse
    refinement term that pulls pruned weights towards 0. ``decay = 0`` is the plain STE.

    Args:
        weight: the dense weight, 2-D or 4-D, floating; not modified.
        n, m: as for :func:`nm_mask`.
        decay: ``lambda_W``, a finite real number ``>= 0`` (2e-4 in the official code).

    Returns:
        A new tensor (never sharing memory with ``weight``) of its shape, dtype and device. It carries autograd history
        to ``weight`` exactly when ``weight`` requires grad.

    Raises:
        TypeError: if ``weight`` is not a tensor, ``n``, ``m`` are not ints, or ``decay`` is not a real number (bool
            included); arguments are checked in signature order.
        ValueError: as for :func:`nm_mask`, or if ``decay`` is negative, infinite or NaN.
    """

    class SRSTE(torch.autograd.Function):
        @staticmethod
        def forward(ctx: torch.autograd.function.FunctionCtx, dense: torch.Tensor) -> torch.Tensor:
            mask = nm_mask(dense, n, m)
            ctx.save_for_backward(dense, mask)
            return dense * mask

        @staticmethod
        def backward(ctx: torch.autograd.function.FunctionCtx, grad_output: torch.Tensor) -> torch.Tensor:
            dense, mask = ctx.saved_tensors
            return grad_output + decay * (~mask) * dense

    _check_nm_args(weight, n, m)
    decay = _check_decay(decay)  # a Python float: the backward multiplies tensors by it
    return SRSTE.apply(weight)


def _check_decay(decay: object) -> float:
    if isinstance(decay, bool) or not isinstance(decay, numbers.Real):
        raise TypeError(f"decay must be a real number, got {decay!r}.")
    if not (math.isfinite(decay) and decay >= 0):
        raise ValueError(f"decay must be finite and >= 0, got {decay!r}.")
    return float(decay)


@graded_reference("lab04", "flip_rate")
def flip_rate(old: torch.Tensor | Mapping[str, torch.Tensor], new: torch.Tensor | Mapping[str, torch.Tensor]) -> float:
    """The fraction of mask entries that changed between two steps: SR-STE's flip rate.

    ``flip_rate = (number of entries where old != new) / (number of entries)``. Masks are bool tensors; two dicts of
    masks with the same keys (any order) are pooled: all changed entries over all entries. No entries gives 0.0.
    ``old`` is validated fully before ``new``; shapes are compared last.

    Args:
        old, new: bool tensors of the same shape, or dicts ``{name: bool tensor}`` with the same keys and shapes;
            not modified.

    Returns:
        A Python ``float`` in ``[0, 1]``.

    Raises:
        TypeError: if ``old`` is not a tensor or dict, ``new`` is not the same kind, or a mask is not a tensor.
        ValueError: if a mask is not bool, the keys differ, or two paired masks differ in shape.
    """
    validate_type("old", old, (torch.Tensor, Mapping))
    kind = torch.Tensor if isinstance(old, torch.Tensor) else Mapping
    for name, masks in (("old", old), ("new", new)):  # old fully, then new
        validate_type(name, masks, kind)
        for mask in masks.values() if isinstance(masks, Mapping) else [masks]:
            validate_type(f"a mask in {name}", mask, torch.Tensor)
            if mask.dtype != torch.bool:
                raise ValueError(f"masks must be torch.bool, got {mask.dtype}.")
    if isinstance(old, Mapping) and set(old) != set(new):
        raise ValueError("old and new must have the same keys.")
    pairs = [(old, new)] if isinstance(old, torch.Tensor) else [(old[key], new[key]) for key in old]
    if any(a.shape != b.shape for a, b in pairs):
        raise ValueError("paired masks differ in shape.")
    changed = sum(int((a != b).sum()) for a, b in pairs)
    total = sum(a.numel() for a, _ in pairs)
    return changed / total if total else 0.0


@graded_reference("lab04", "swap_gains")
def swap_gains(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    """For every pair of input columns, how much swapping them raises the magnitude kept by the N:M mask.

    The kept magnitude of a 2-D ``weight`` is ``sum(|w| * nm_mask(weight, n, m))``: per row and group, the sum of
    the ``n`` largest ``|w|``. Swapping columns ``i`` and ``j`` (in the groups ``i // m`` and ``j // m``) changes only
    those two groups of every row, so

        ``gains[i, j] = kept(weight with columns i and j swapped) - kept(weight)``.

    ``gains`` is symmetric, its diagonal is 0, and so is every pair in the same group (a swap inside a group keeps
    the same set). Values are computed in float64 and returned in the weight's dtype.

    Args:
        weight: 2-D ``(out, in)`` tensor of a floating dtype; not modified.
        n, m: as for :func:`nm_mask`.

    Returns:
        ``(in, in)`` tensor of ``weight``'s dtype and device, without autograd history.

    Raises:
        TypeError: as for :func:`nm_mask`.
        ValueError: as for :func:`nm_mask`, and if ``weight`` is 4-D.
    """
    n, m = _check_nm_args(weight, n, m, dims=(2,))
    magnitude = weight.detach().abs().to(torch.float64)
    rows, cols = magnitude.shape
    groups = magnitude.reshape(rows, cols // m, m)
    kept = _top_sum(groups, n).sum(dim=0).repeat_interleave(m)  # (cols,): the kept magnitude of column i's group
    # others[r, i]: the m - 1 other entries of column i's group in row r (column i = group * m + position).
    others = torch.stack([torch.cat([groups[..., :p], groups[..., p + 1 :]], dim=-1) for p in range(m)], dim=2)
    others = others.reshape(rows, cols, m - 1)
    # With |w| = v in column i's place the group keeps max(top n of the others, top n - 1 of the others + v).
    impossible = torch.full((rows, cols), -math.inf, dtype=torch.float64, device=weight.device)
    top_n = _top_sum(others, n) if n <= m - 1 else impossible
    top_n_minus_1 = _top_sum(others, n - 1) if n >= 1 else impossible
    new = torch.maximum(top_n[:, :, None], top_n_minus_1[:, :, None] + magnitude[:, None, :])  # (rows, i, j)
    gains = new.sum(dim=0) - kept[:, None]  # the change of column i's group when column j moves in
    gains = gains + gains.T  # a swap changes both groups
    same_group = torch.arange(cols, device=weight.device) // m
    gains[same_group[:, None] == same_group[None, :]] = 0
    return gains.to(weight.dtype)


def _top_sum(values: torch.Tensor, n: int) -> torch.Tensor:
    """Sum of the ``n`` largest entries along the last dimension."""
    return torch.topk(values, n, dim=-1).values.sum(dim=-1)


@graded_reference("lab04", "permute_block")
def permute_block(
    first: nn.Linear, bn: nn.BatchNorm1d | None, second: nn.Linear, perm: torch.Tensor
) -> tuple[nn.Linear, nn.BatchNorm1d | None, nn.Linear]:
    """Reorder the hidden channels between two Linear layers without changing the function they compute.

    New hidden channel ``j`` is old channel ``perm[j]``: ``first``'s output rows ``weight[perm]`` and ``bias[perm]``,
    ``bn``'s ``weight``, ``bias``, ``running_mean`` and ``running_var`` at ``perm``, and ``second``'s input columns
    ``weight[:, perm]``; ``second``'s bias and every hyperparameter are unchanged. Then for any elementwise
    activation ``act``, ``second(act(bn(first(x))))`` is unchanged (up to float rounding). This is how a channel
    permutation found for ``second``'s N:M groups is applied to a network.

    Args:
        first: ``nn.Linear`` with ``C`` outputs; not modified.
        bn: ``nn.BatchNorm1d(C)`` or None; not modified.
        second: ``nn.Linear`` with ``C`` inputs; not modified.
        perm: 1-D integer tensor, a permutation of ``0 .. C-1``.

    Returns:
        ``(new_first, new_bn, new_second)``: new modules (``new_bn`` is None when ``bn`` is), whose tensors share no
        memory with the given ones, with their dtype, device, train/eval flag and ``requires_grad``.

    Raises:
        TypeError: if a module has the wrong type or ``perm`` is not an integer tensor (bool is not).
        ValueError: if the channel counts differ or ``perm`` is not a permutation of ``0 .. C-1``. Arguments are
            checked one by one in signature order (type, then value): the first bad one decides.
    """
    validate_type("first", first, nn.Linear)
    channels = first.out_features
    if bn is not None:
        validate_type("bn", bn, nn.BatchNorm1d)
        if bn.num_features != channels:
            raise ValueError(f"bn has {bn.num_features} features, first has {channels} outputs.")
    validate_type("second", second, nn.Linear)
    if second.in_features != channels:
        raise ValueError(f"second has {second.in_features} inputs, first has {channels} outputs.")
    validate_type("perm", perm, torch.Tensor)
    if perm.dtype.is_floating_point or perm.dtype.is_complex or perm.dtype == torch.bool:
        raise TypeError(f"perm must be an integer tensor, got {perm.dtype}.")
    if perm.dim() != 1 or not torch.equal(torch.sort(perm.cpu()).values, torch.arange(channels)):
        raise ValueError(f"perm must be a permutation of 0 .. {channels - 1}.")
    new_first, new_bn, new_second = copy.deepcopy(first), copy.deepcopy(bn), copy.deepcopy(second)
    with torch.no_grad():
        new_first.weight.copy_(first.weight[perm])
        if first.bias is not None:
            new_first.bias.copy_(first.bias[perm])
        new_second.weight.copy_(second.weight[:, perm])
        if bn is not None:
            for name, tensor in bn.state_dict().items():
                if tensor.dim() == 1:  # weight, bias, running statistics; not num_batches_tracked
                    getattr(new_bn, name).copy_(tensor[perm])
    return new_first, new_bn, new_second


def greedy_permutation(weight: torch.Tensor, n: int, m: int, max_swaps: int = 100) -> torch.Tensor:
    """A channel permutation by greedy swaps (Pool & Yu, 2021): apply the best swap of :func:`swap_gains` while it
    raises the kept magnitude, at most ``max_swaps`` times. Returns ``perm`` with ``weight[:, perm]`` the result."""
    n, m = _check_nm_args(weight, n, m, dims=(2,))
    max_swaps = validate_int("max_swaps", max_swaps, 0)
    perm = torch.arange(weight.shape[1], device=weight.device)
    current = weight.detach()
    for _ in range(max_swaps):
        gains = swap_gains(current, n, m)
        best = int(torch.argmax(gains))
        i, j = divmod(best, gains.shape[1])
        if gains[i, j] <= 0:
            break
        perm[[i, j]] = perm[[j, i]]
        current = weight.detach()[:, perm]
    return perm
