"""Transformer pruning (Lab 5): the multi-head split, the cost model, head importance and removal, token scores.

split_heads        ``(B, L, E) -> (B, M, L, D)``, the layout attention works in
transformer_macs   MACs of one encoder layer from (B, L, E, heads kept, tokens kept)
head_importance    Michel et al. (2019): |dL/d gate| per head, summed over batches, L2-normalised per layer
select_heads       the global ascending stable sort of importance that picks ``int(total * p)`` heads to remove
prune_heads        physically slice the query/key/value rows and output-projection columns of removed heads
token_scores       Learned Token Pruning's score: the attention each token *receives*, averaged over heads and queries
keep_tokens        the tokens a layer keeps: special tokens, then the top scores, in their original order

``select_heads`` does not depend on a graded function; every other function here is a graded reference, stripped
from the student edition.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import torch
from torch import nn

from utils.reference import graded_reference
from utils.validation import validate_fraction, validate_int, validate_type

__all__ = [
    "head_importance",
    "keep_tokens",
    "prune_heads",
    "select_heads",
    "split_heads",
    "token_scores",
    "transformer_macs",
]

NORM_EPS = 1e-20  # Michel et al.'s code: importance / (layer norm + 1e-20), so an all-zero layer stays zero


@graded_reference("lab05", "split_heads")
def split_heads(x: torch.Tensor, num_heads: int) -> torch.Tensor:
    """``(B, L, E) -> (B, M, L, D)`` with ``D = E // M``: ``out[b, m, l, d] = x[b, l, m * D + d]`` (a view of x)."""
    validate_type("x", x, torch.Tensor)
    if x.dim() != 3:
        raise ValueError(f"x must have shape (B, L, E), got shape {tuple(x.shape)}.")
    num_heads = validate_int("num_heads", num_heads, minimum=1)
    batch, length, embed = x.shape
    if embed % num_heads:
        raise ValueError(f"the embedding width {embed} is not a multiple of num_heads = {num_heads}.")
    return x.view(batch, length, num_heads, embed // num_heads).transpose(1, 2)


@graded_reference("lab05", "transformer_macs")
def transformer_macs(
    batch: int,
    length: int,
    embed: int,
    num_heads: int,
    heads_kept: int | None = None,
    tokens_kept: int | None = None,
) -> int:
    """MACs of one encoder layer: ``4*B*T*E*A + 2*B*T**2*A + 8*B*T*E**2`` with ``A = heads_kept * E // num_heads``
    and ``T = tokens_kept``; with nothing pruned that is ``12*B*L*E**2 + 2*B*L**2*E``."""
    batch = validate_int("batch", batch, minimum=1)
    length = validate_int("length", length, minimum=1)
    embed = validate_int("embed", embed, minimum=1)
    num_heads = validate_int("num_heads", num_heads, minimum=1)
    if embed % num_heads:
        raise ValueError(f"embed = {embed} is not a multiple of num_heads = {num_heads}.")
    heads = num_heads if heads_kept is None else validate_int("heads_kept", heads_kept, minimum=0, maximum=num_heads)
    tokens = length if tokens_kept is None else validate_int("tokens_kept", tokens_kept, minimum=0, maximum=length)
    width = heads * (embed // num_heads)
    projections = 4 * batch * tokens * embed * width  # query, key, value and the output projection
    attention = 2 * batch * tokens * tokens * width  # Q K^T and the weighted sum of V, over the kept heads
    mlp = 8 * batch * tokens * embed * embed  # E -> 4E -> E
    return projections + attention + mlp


@graded_reference("lab05", "head_importance")
def head_importance(
    gated_loss: Callable[[torch.Tensor, Any], torch.Tensor], batches: Sequence[Any], num_layers: int, num_heads: int
) -> torch.Tensor:
    """Sum over batches of ``|d loss / d gates|`` at gates = 1, then each layer's row divided by its L2 norm + 1e-20."""
    if not callable(gated_loss):
        raise TypeError(f"gated_loss must be callable, got {type(gated_loss).__name__}.")
    validate_type("batches", batches, (list, tuple))
    if not batches:
        raise ValueError("batches must hold at least one batch.")
    num_layers = validate_int("num_layers", num_layers, minimum=1)
    num_heads = validate_int("num_heads", num_heads, minimum=1)
    importance = torch.zeros(num_layers, num_heads)
    for batch in batches:
        gates = torch.ones(num_layers, num_heads, requires_grad=True)
        # autograd.grad, not backward(): the model's parameters must not collect .grad as a side effect.
        (grad,) = torch.autograd.grad(gated_loss(gates, batch), gates)
        importance += grad.abs()
    return importance / (importance.norm(dim=1, keepdim=True) + NORM_EPS)


def select_heads(importance: torch.Tensor, fraction: float) -> torch.Tensor:
    """The heads to remove: the ``int(total * fraction)`` least important ones over all layers.

    Michel et al. sort all heads' importance ascending, as one list, and prune from the front. Ties go in
    (layer, head) order: among equal scores the head of the lower layer, then the lower head index, goes first
    (a stable sort of the flattened scores).

    Args:
        importance: float tensor ``(num_layers, num_heads)``, e.g. from :func:`head_importance`; not modified.
        fraction: the share of heads to remove, a real number in ``[0, 1]``.

    Returns:
        A bool tensor like ``importance``, True for a head to remove.

    Raises:
        TypeError: if ``importance`` is not a floating-point tensor or ``fraction`` not a real number.
        ValueError: if ``importance`` is not 2-D or ``fraction`` lies outside ``[0, 1]``.
    """
    validate_type("importance", importance, torch.Tensor)
    if not importance.is_floating_point():
        raise TypeError(f"importance must be a floating-point tensor, got dtype {importance.dtype}.")
    if importance.dim() != 2:
        raise ValueError(f"importance must have shape (num_layers, num_heads), got {tuple(importance.shape)}.")
    fraction = validate_fraction("fraction", fraction)
    flat = importance.detach().flatten()
    count = int(flat.numel() * fraction)
    order = torch.sort(flat, stable=True).indices[:count]
    removed = torch.zeros(flat.numel(), dtype=torch.bool, device=flat.device)
    removed[order] = True
    return removed.view(importance.shape)


@graded_reference("lab05", "prune_heads")
def prune_heads(
    query: nn.Linear, key: nn.Linear, value: nn.Linear, output: nn.Linear, num_heads: int, heads: Sequence[int]
) -> tuple[nn.Linear, nn.Linear, nn.Linear, nn.Linear]:
    """New query/key/value layers without the rows of ``heads`` and an output layer without their columns."""
    for name, layer in (("query", query), ("key", key), ("value", value), ("output", output)):
        validate_type(name, layer, nn.Linear)
    num_heads = validate_int("num_heads", num_heads, minimum=1)
    width = query.out_features
    if width % num_heads or key.out_features != width or value.out_features != width or output.in_features != width:
        raise ValueError(
            f"query, key and value must have num_heads * head_dim outputs and output as many inputs; got "
            f"{query.out_features}, {key.out_features}, {value.out_features} and {output.in_features} "
            f"for num_heads = {num_heads}."
        )
    validate_type("heads", heads, (list, tuple))
    removed = [validate_int("a head index", h, minimum=0, maximum=num_heads - 1) for h in heads]
    if len(set(removed)) != len(removed):
        raise ValueError(f"heads must not repeat a head, got {list(heads)!r}.")
    head_dim = width // num_heads
    kept = [h for h in range(num_heads) if h not in removed]
    rows = torch.tensor(
        [h * head_dim + d for h in kept for d in range(head_dim)], dtype=torch.int64, device=query.weight.device
    )
    return (*(_rows(layer, rows) for layer in (query, key, value)), _columns(output, rows))


def _rows(layer: nn.Linear, rows: torch.Tensor) -> nn.Linear:
    weight = layer.weight.detach()
    sliced = nn.Linear(
        layer.in_features, rows.numel(), bias=layer.bias is not None, device=weight.device, dtype=weight.dtype
    )
    with torch.no_grad():
        sliced.weight.copy_(weight[rows])
        if layer.bias is not None:
            sliced.bias.copy_(layer.bias.detach()[rows])
    return sliced


def _columns(layer: nn.Linear, columns: torch.Tensor) -> nn.Linear:
    weight = layer.weight.detach()
    sliced = nn.Linear(
        columns.numel(), layer.out_features, bias=layer.bias is not None, device=weight.device, dtype=weight.dtype
    )
    with torch.no_grad():
        sliced.weight.copy_(weight[:, columns])
        if layer.bias is not None:
            sliced.bias.copy_(layer.bias.detach())
    return sliced


@graded_reference("lab05", "token_scores")
def token_scores(attention: torch.Tensor) -> torch.Tensor:
    """``s[b, i] = mean over heads h and queries j of attention[b, h, j, i]``: the attention token i receives."""
    validate_type("attention", attention, torch.Tensor)
    if not attention.is_floating_point():
        raise TypeError(f"attention must be a floating-point tensor, got dtype {attention.dtype}.")
    if attention.dim() != 4 or attention.shape[-1] != attention.shape[-2] or attention.shape[1] == 0:
        raise ValueError(f"attention must have shape (B, H, L, L) with H >= 1, got {tuple(attention.shape)}.")
    return attention.mean(dim=(1, 2))


@graded_reference("lab05", "keep_tokens")
def keep_tokens(scores: torch.Tensor, keep: int, special: torch.Tensor) -> torch.Tensor:
    """Per row, the ascending indices of the special tokens plus the best-scoring others, ``keep`` in all."""
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError(f"scores must be a floating-point tensor, got dtype {scores.dtype}.")
    if scores.dim() != 2:
        raise ValueError(f"scores must have shape (B, L), got {tuple(scores.shape)}.")
    keep = validate_int("keep", keep, minimum=0, maximum=scores.shape[1])
    validate_type("special", special, torch.Tensor)
    if special.dtype != torch.bool:
        raise TypeError(f"special must be a bool tensor, got dtype {special.dtype}.")
    if special.shape != scores.shape:
        raise ValueError(f"special must have shape {tuple(scores.shape)}, got {tuple(special.shape)}.")
    if special.numel() and int(special.sum(dim=1).max()) > keep:
        raise ValueError(f"a row has more special tokens than keep = {keep}.")
    # Two stable sorts: by score (descending, ties keep the lower index first), then special tokens to the front.
    by_score = torch.sort(scores.detach(), dim=1, descending=True, stable=True).indices
    specials_first = torch.sort(special.gather(1, by_score).to(torch.uint8), dim=1, descending=True, stable=True)
    chosen = by_score.gather(1, specials_first.indices)[:, :keep]
    return torch.sort(chosen, dim=1).values
