"""One-shot pruning of a pretrained language model: magnitude, Wanda and SparseGPT, each rule as its official code.

References (Lab 6 asks students to write these; the student edition leaves their bodies out):

wanda_scores           ``|W_ij| * sqrt(scaler_row_j)``, scaler_row as ``locuslab/wanda`` accumulates it over batches
row_prune_mask         per output row, prune exactly ``int(in_features * sparsity)`` lowest scores (stable sort)
nm_prune_mask          per row, per group of ``m`` consecutive columns, keep the ``n`` highest scores
hessian_from_inputs    SparseGPT's ``H = (2/N) sum x x^T`` running average, dead inputs and damping
sparsegpt_column_step  one column of SparseGPT's loop: prune or keep, the error, the update of the later columns
perplexity             ``exp`` of the mean next-token negative log-likelihood, labels shifted, ``-100`` ignored

Helpers that take the graded rules as arguments, so a notebook can run them on the student's own functions:
``sparsegpt_prune`` (``fasterprune`` of ``IST-DASLab/sparsegpt``: blocks of 128 columns, lazy updates, N:M every
``m`` columns), ``prune_blocks`` (block by block over a decoder, each block's linear layers pruned from the inputs
of the not-yet-pruned block, the next block's inputs recomputed with the pruned block), ``feature_norms`` and
``reconstruction_error``. ``reference_pruner`` builds the per-layer pruners from the references above, so it (and
whatever calls it, such as ``bench/llm_prune.py``) does not work in the student edition.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch
from torch import nn

from utils.reference import graded_reference
from utils.validation import validate_fraction, validate_int, validate_shape, validate_type

__all__ = [
    "LayerPruner",
    "feature_norms",
    "hessian_from_inputs",
    "magnitude_layer_mask",
    "nm_prune_mask",
    "perplexity",
    "prune_blocks",
    "reconstruction_error",
    "reference_pruner",
    "row_prune_mask",
    "sparsegpt_column_step",
    "sparsegpt_prune",
    "wanda_scores",
]

# (linear layer, the inputs it saw: one tensor (batch, tokens, in_features) per calibration batch) -> None
LayerPruner = Callable[[nn.Linear, list[torch.Tensor]], None]


def _check_float_tensor(name: str, value: object, ndim: int | None = None) -> torch.Tensor:
    validate_type(name, value, torch.Tensor)
    if not value.is_floating_point():
        raise TypeError(f"{name} must be a floating-point tensor, got dtype {value.dtype}.")
    if ndim is not None and value.dim() != ndim:
        raise ValueError(f"{name} must be {ndim}-D, got shape {tuple(value.shape)}.")
    return value


def _check_batches(name: str, batches: object, features: int | None) -> list[torch.Tensor]:
    """A non-empty list/tuple of floating tensors (tokens, features) or (batch, tokens, features).

    Each batch is checked completely (type, dtype, then shape) before the next; ``features=None`` means "the same
    as the first batch".
    """
    validate_type(name, batches, (list, tuple))
    if len(batches) == 0:
        raise ValueError(f"{name} must hold at least one batch.")
    for index, batch in enumerate(batches):
        _check_float_tensor(f"{name}[{index}]", batch)
        if batch.dim() not in (2, 3):
            raise ValueError(f"{name}[{index}] must be 2-D or 3-D, got shape {tuple(batch.shape)}.")
        if features is None:
            features = batch.shape[-1]
        if batch.shape[-1] != features:
            raise ValueError(f"{name}[{index}] must have {features} features (last dim), got {batch.shape[-1]}.")
    return list(batches)


def _sequences_and_rows(batch: torch.Tensor) -> tuple[int, torch.Tensor]:
    """As both official ``add_batch`` methods: a 2-D batch is one sequence; rows are all its tokens."""
    sequences = 1 if batch.dim() == 2 else batch.shape[0]
    return sequences, batch.reshape(-1, batch.shape[-1])


@graded_reference("lab06", "wanda_scores")
def wanda_scores(weight: torch.Tensor, batches: Sequence[torch.Tensor]) -> torch.Tensor:
    """Wanda's score ``|W_ij| * sqrt(scaler_row_j)``, scaler_row accumulated over batches as the official code does.

    For each batch (one sequence if 2-D, ``batch.shape[0]`` sequences if 3-D), in order:
    ``scaler_row *= nsamples / (nsamples + b)``, ``nsamples += b``, ``scaler_row += sum over its tokens of x_j**2 /
    nsamples`` (in float32, or float64 if any batch is float64). Returns float32 (float64 if ``weight`` or a batch
    is float64), detached, a new tensor; inputs are not modified. Any order of summation is allowed (rtol 1e-5).
    """
    _check_float_tensor("weight", weight, 2)
    batches = _check_batches("batches", batches, weight.shape[1])
    dtype = torch.float64 if any(b.dtype == torch.float64 for b in [weight, *batches]) else torch.float32
    scaler_row = torch.zeros(weight.shape[1], dtype=dtype, device=weight.device)
    nsamples = 0
    for batch in batches:
        sequences, rows = _sequences_and_rows(batch.detach().to(dtype))
        scaler_row *= nsamples / (nsamples + sequences)
        nsamples += sequences
        scaler_row += (rows**2).sum(dim=0) / nsamples
    return weight.detach().abs().to(dtype) * torch.sqrt(scaler_row).reshape(1, -1)


@graded_reference("lab06", "row_prune_mask")
def row_prune_mask(scores: torch.Tensor, sparsity: float) -> torch.Tensor:
    """Keep-mask (bool, True = kept) pruning exactly ``int(in_features * sparsity)`` lowest scores in every row.

    Stable ascending sort per row: among equal scores the lower column index is pruned first.
    """
    _check_float_tensor("scores", scores, 2)
    sparsity = validate_fraction("sparsity", sparsity)
    pruned_per_row = int(scores.shape[1] * sparsity)
    order = torch.sort(scores.detach(), dim=1, stable=True).indices[:, :pruned_per_row]
    keep = torch.ones(scores.shape, dtype=torch.bool, device=scores.device)
    keep.scatter_(1, order, False)
    return keep


@graded_reference("lab06", "nm_prune_mask")
def nm_prune_mask(scores: torch.Tensor, n: int, m: int) -> torch.Tensor:
    """N:M keep-mask (bool): in every row, in each group of ``m`` consecutive columns, keep the ``n`` highest scores.

    The ``m - n`` lowest scores of a group are pruned; among equal scores the lower column index is pruned first.
    """
    _check_float_tensor("scores", scores, 2)
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError(f"n must be <= m, got n={n}, m={m}.")
    if scores.shape[1] % m:
        raise ValueError(f"the number of columns ({scores.shape[1]}) must be a multiple of m={m}.")
    groups = scores.detach().reshape(scores.shape[0], scores.shape[1] // m, m)
    order = torch.sort(groups, dim=2, stable=True).indices[:, :, : m - n]
    keep = torch.ones(groups.shape, dtype=torch.bool, device=scores.device)
    keep.scatter_(2, order, False)
    return keep.reshape(scores.shape)


@graded_reference("lab06", "hessian_from_inputs")
def hessian_from_inputs(batches: Sequence[torch.Tensor], percdamp: float = 0.01) -> torch.Tensor:
    """SparseGPT's damped layer Hessian ``(2/N) sum x x^T`` from calibration batches (``add_batch``, ``fasterprune``).

    Running average per batch (``b`` sequences): ``H *= N / (N + b)``, ``N += b``, ``H += (2/N) X^T X``; then dead
    inputs (``H_jj == 0``) get ``H_jj = 1``, and ``percdamp * mean(diag H)`` is added to the diagonal.
    float32 (float64 if a batch is float64); rtol 1e-5 for other summation orders.
    """
    batches = _check_batches("batches", batches, None)
    features = batches[0].shape[-1]
    percdamp = validate_fraction("percdamp", percdamp)
    dtype = torch.float64 if any(b.dtype == torch.float64 for b in batches) else torch.float32
    hessian = torch.zeros(features, features, dtype=dtype, device=batches[0].device)
    nsamples = 0
    for batch in batches:
        sequences, rows = _sequences_and_rows(batch.detach().to(dtype))
        hessian *= nsamples / (nsamples + sequences)
        nsamples += sequences
        scaled = math.sqrt(2 / nsamples) * rows
        hessian += scaled.t() @ scaled
    diagonal = torch.arange(features, device=hessian.device)
    dead = torch.diag(hessian) == 0
    hessian[dead, dead] = 1
    hessian[diagonal, diagonal] += percdamp * torch.mean(torch.diag(hessian))
    return hessian


@graded_reference("lab06", "sparsegpt_column_step")
def sparsegpt_column_step(
    block: torch.Tensor, hinv: torch.Tensor, pruned: torch.Tensor, column: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """One column of SparseGPT's loop: ``q`` = column with pruned rows set to 0, ``err = (w - q) / hinv[c, c]``,
    later columns ``-= err ⊗ hinv[c, c+1:]``. Returns (new block, err); inputs are not modified.
    """
    # Each argument completely (type, dtype, then shape), in signature order: the first bad one decides the error.
    _check_float_tensor("block", block, 2)
    validate_type("hinv", hinv, torch.Tensor)
    if hinv.dtype != block.dtype:
        raise TypeError(f"hinv must have block's dtype {block.dtype}, got dtype {hinv.dtype}.")
    if hinv.shape != (block.shape[1], block.shape[1]):
        raise ValueError(f"hinv must have shape {(block.shape[1], block.shape[1])}, got {tuple(hinv.shape)}.")
    validate_type("pruned", pruned, torch.Tensor)
    if pruned.dtype != torch.bool:
        raise TypeError(f"pruned must be a bool tensor, got dtype {pruned.dtype}.")
    validate_shape("pruned", pruned, (block.shape[0],))
    column = validate_int("column", column, minimum=0, maximum=block.shape[1] - 1)
    new_block = block.detach().clone()
    hinv = hinv.detach()  # no autograd history from either input
    w = new_block[:, column].clone()
    q = torch.where(pruned, torch.zeros_like(w), w)
    err = (w - q) / hinv[column, column]
    new_block[:, column + 1 :] -= err.unsqueeze(1) @ hinv[column, column + 1 :].unsqueeze(0)
    new_block[:, column] = q
    return new_block, err


@graded_reference("lab06", "perplexity")
def perplexity(logits: torch.Tensor, labels: torch.Tensor) -> float:
    """``exp(mean NLL)`` of ``labels[:, t+1]`` under ``logits[:, t]``, skipping labels equal to -100; a Python float."""
    _check_float_tensor("logits", logits, 3)
    validate_type("labels", labels, torch.Tensor)
    if labels.dtype != torch.int64:
        raise TypeError(f"labels must be an int64 tensor, got dtype {labels.dtype}.")
    if tuple(labels.shape) != tuple(logits.shape[:2]):
        raise ValueError(f"labels must have shape {tuple(logits.shape[:2])}, got {tuple(labels.shape)}.")
    if bool(((labels != -100) & ((labels < 0) | (labels >= logits.shape[2]))).any()):
        raise ValueError(f"labels must be -100 or token ids in [0, {logits.shape[2]}).")
    targets = labels[:, 1:].reshape(-1)
    if not bool((targets != -100).any()):
        raise ValueError("labels has no token to predict (all shifted labels are -100).")
    log_probs = torch.log_softmax(logits.detach()[:, :-1].double(), dim=-1).reshape(-1, logits.shape[-1])
    nll = torch.nn.functional.nll_loss(log_probs, targets, ignore_index=-100)
    return math.exp(nll.item())


# --- ungraded helpers: they take the graded rules as arguments ----------------------------------------------------


def magnitude_layer_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    """Keep-mask (bool) of Lab 0's per-layer magnitude rule, computed by ``torch.nn.utils.prune.l1_unstructured``
    (``round(sparsity * numel)`` smallest ``|W|`` of the whole layer)."""
    _check_float_tensor("weight", weight, 2)
    sparsity = validate_fraction("sparsity", sparsity)
    return torch.nn.utils.prune.L1Unstructured(sparsity).compute_mask(weight.detach(), torch.ones_like(weight)) > 0


def sparsegpt_prune(
    weight: torch.Tensor,
    hessian: torch.Tensor,
    column_step: Callable[[torch.Tensor, torch.Tensor, torch.Tensor, int], tuple[torch.Tensor, torch.Tensor]],
    nm_mask: Callable[[torch.Tensor, int, int], torch.Tensor],
    sparsity: float = 0.5,
    nm: tuple[int, int] | None = None,
    dead: torch.Tensor | None = None,
    blocksize: int = 128,
) -> torch.Tensor:
    """``fasterprune`` of IST-DASLab/sparsegpt: the pruned, updated weight (float32), given the damped Hessian.

    ``dead`` (bool, per input column) marks the inputs that were always zero: their columns start at 0. ``U =
    cholesky(cholesky_inverse(cholesky(H)), upper=True)``; columns in blocks of ``blocksize``; unstructured: per block
    one threshold ``sort(w²/U_jj²)[int(numel * sparsity)]`` and every score ``<=`` it pruned (as the official code);
    N:M (``nm = (kept n, group m)``): at every ``m``-th column, per row, ``nm_mask`` on the next ``m`` columns' scores.
    """
    weight = weight.detach().clone().float()
    if dead is not None:
        weight[:, dead] = 0
    columns = weight.shape[1]
    upper = torch.linalg.cholesky(torch.cholesky_inverse(torch.linalg.cholesky(hessian.float())), upper=True)
    for start in range(0, columns, blocksize):
        end = min(start + blocksize, columns)
        block, hinv = weight[:, start:end].clone(), upper[start:end, start:end]
        errors = torch.zeros_like(block)
        pruned = None
        if nm is None:
            scores = block**2 / torch.diag(hinv).reshape(1, -1) ** 2
            threshold = torch.sort(scores.flatten())[0][int(scores.numel() * sparsity)]
            pruned = scores <= threshold
        else:
            pruned = torch.zeros_like(block, dtype=torch.bool)
        for column in range(end - start):
            if nm is not None and column % nm[1] == 0:
                group = block[:, column : column + nm[1]] ** 2 / torch.diag(hinv)[column : column + nm[1]] ** 2
                pruned[:, column : column + nm[1]] = ~nm_mask(group, nm[0], nm[1])
            block, errors[:, column] = column_step(block, hinv, pruned[:, column], column)
        weight[:, start:end] = block
        # The lazy update: the errors of this whole block reach the later columns in one matrix product.
        weight[:, end:] -= errors @ upper[start:end, end:]
    return weight


def feature_norms(batches: Sequence[torch.Tensor]) -> torch.Tensor:
    """Per input feature, ``||X_j||_2`` over all calibration tokens (float32): the outlier features Wanda sees."""
    batches = _check_batches("batches", batches, None)
    return torch.sqrt(sum(b.detach().float().reshape(-1, b.shape[-1]).pow(2).sum(0) for b in batches))


def reconstruction_error(weight: torch.Tensor, pruned: torch.Tensor, batches: Sequence[torch.Tensor]) -> float:
    """``||W X - W' X||_F / ||W X||_F`` over the calibration tokens: how much of the layer's output pruning changed."""
    inputs = torch.cat([b.detach().float().reshape(-1, b.shape[-1]) for b in batches])
    dense = inputs @ weight.detach().float().t()
    return float(torch.linalg.norm(dense - inputs @ pruned.detach().float().t()) / torch.linalg.norm(dense))


def _linear_layers(block: nn.Module) -> dict[str, nn.Linear]:
    return {name: module for name, module in block.named_modules() if isinstance(module, nn.Linear)}


@dataclass
class _Captured:
    args: list[tuple]
    kwargs: list[dict]


_CACHE_KWARGS = ("cache", "past_key_value", "past_key_values")


class _StopForward(Exception):
    """Raised by the hook on the first block: everything the model computes after it is not needed."""


def _first_block_inputs(model: nn.Module, blocks: nn.ModuleList, calibration: Sequence[torch.Tensor]) -> _Captured:
    captured = _Captured([], [])

    def grab(module: nn.Module, args: tuple, kwargs: dict) -> None:
        captured.args.append(args)
        # Replaying a block many times must not append keys and values to a cache that later replays attend to.
        captured.kwargs.append({key: None if key in _CACHE_KWARGS else value for key, value in kwargs.items()})
        if "use_cache" in kwargs:
            captured.kwargs[-1]["use_cache"] = False
        raise _StopForward

    handle = blocks[0].register_forward_pre_hook(grab, with_kwargs=True)
    try:
        for batch in calibration:
            try:
                model(batch)
            except _StopForward:
                pass
    finally:
        handle.remove()
    return captured


@torch.no_grad()
def prune_blocks(
    model: nn.Module,
    blocks: nn.ModuleList,
    calibration: Sequence[torch.Tensor],
    prune_layer: LayerPruner,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Prune ``model`` in place, block by block, as both official repositories do.

    Each block's linear layers are pruned by ``prune_layer(layer, inputs)`` from the inputs they saw in the *dense*
    block (one forward of the block over every calibration batch, hooks recording each linear layer's input); the
    next block's inputs are then recomputed with the pruned block.

    Args:
        model: the whole model (its forward takes a batch of token ids).
        blocks: its decoder blocks in order, e.g. ``model.model.layers``.
        calibration: batches of token ids, e.g. ``token_blocks(...)`` split into rows.
        prune_layer: prunes one ``nn.Linear`` in place from its recorded inputs.
        progress: called with the block index after each block.
    """
    captured = _first_block_inputs(model, blocks, calibration)
    hidden = [args[0] for args in captured.args]
    for index, block in enumerate(blocks):
        layers = _linear_layers(block)
        seen: dict[str, list[torch.Tensor]] = {name: [] for name in layers}
        handles = [layer.register_forward_pre_hook(_recorder(seen[name])) for name, layer in layers.items()]
        try:
            for states, args, kwargs in zip(hidden, captured.args, captured.kwargs, strict=True):
                block(states, *args[1:], **kwargs)
        finally:
            for handle in handles:
                handle.remove()
        for name, layer in layers.items():
            prune_layer(layer, seen[name])
        del seen
        hidden = [
            _first(block(states, *args[1:], **kwargs))
            for states, args, kwargs in zip(hidden, captured.args, captured.kwargs, strict=True)
        ]
        if progress is not None:
            progress(index)


def _recorder(store: list[torch.Tensor]) -> Callable[[nn.Module, tuple], None]:
    def record(module: nn.Module, args: tuple) -> None:
        store.append(args[0].detach())

    return record


def _first(output: object) -> torch.Tensor:
    return output[0] if isinstance(output, tuple) else output


def reference_pruner(method: str, sparsity: float = 0.5, nm: tuple[int, int] | None = None) -> LayerPruner:
    """A per-layer pruner for ``prune_blocks`` built from the references: ``"magnitude"``, ``"wanda"`` or
    ``"sparsegpt"``, unstructured at ``sparsity`` or N:M with ``nm = (kept, group)``."""

    def prune(layer: nn.Linear, inputs: list[torch.Tensor]) -> None:
        weight = layer.weight.data
        if method == "sparsegpt":
            dead = feature_norms(inputs) == 0
            new = sparsegpt_prune(
                weight, hessian_from_inputs(inputs), sparsegpt_column_step, nm_prune_mask, sparsity, nm, dead
            )
            layer.weight.data = new.to(weight.dtype)
            return
        scores = weight.abs().float() if method == "magnitude" else wanda_scores(weight, inputs)
        if nm is not None:
            keep = nm_prune_mask(scores, *nm)
        elif method == "magnitude":
            keep = magnitude_layer_mask(weight, sparsity)
        else:
            keep = row_prune_mask(scores, sparsity)
        layer.weight.data = weight * keep.to(weight.dtype)

    return prune
