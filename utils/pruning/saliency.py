"""Loss-based saliency: how much the loss would change if a weight were removed, scored on a calibration batch.

Every score is computed for the weights of :func:`~utils.models.prunable_modules` (Linear, Conv1d, Conv2d), on
the mean cross-entropy ``L(w) = mean_n CE(model(x_n), y_n)`` of one batch, with the model in eval mode (dropout
off, BatchNorm on its running statistics). Removing weight ``w_i`` means setting it to 0, a step
``delta w = -w_i e_i``; the scores are terms of the Taylor expansion of ``L(w + delta w) - L(w)``:

magnitude        ``|w_i|``: ignores the loss altogether (Han et al., 2015; Lab 0).
Taylor           ``|g_i w_i|``, the first-order term for one weight. Molchanov et al. (2019, "Importance
                 estimation for neural network pruning") score weights by its square ``(g_i w_i)^2``, averaged over
                 minibatches; their 2017 paper applied the same expansion to activations, normalised per layer.
OBD              ``0.5 h_ii w_i^2``, the second-order term with the exact Hessian diagonal ``h_ii`` (LeCun, Denker
                 and Solla, 1990, "Optimal Brain Damage"), for a model trained to a minimum where ``g ~ 0``.
Fisher           ``0.5 F_ii w_i^2`` with the diagonal empirical Fisher ``F_ii = mean_n g_{n,i}^2`` of per-sample
                 gradients, a Hessian estimate that needs no second derivative (Theis et al., 2018; the 0.5 is
                 dropped here, as it changes no ranking).
SNIP             ``|g_i w_i| / sum_j |g_j w_j|`` at initialisation, kept by a global top-k (Lee, Ajanthan and Torr,
                 2019, "SNIP: single-shot network pruning based on connection sensitivity").

``scores_to_mask`` turns any of these into masks, per layer or with one global threshold. It ranks scores by
value, not by ``|value|`` as the magnitude masks of :mod:`utils.pruning.magnitude` do, because OBD scores can be
negative. ``snip_masks`` calls it, so it does not work in the student edition (where the graded functions are left
for students to write).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Literal, get_args

import torch
import torch.nn.functional as F
from torch import nn

from utils.models import prunable_modules
from utils.reference import graded_reference
from utils.validation import validate_choice, validate_fraction, validate_type

Scope = Literal["local", "global"]


@contextmanager
def _eval_mode(model: nn.Module) -> Iterator[None]:
    """Put ``model`` in eval mode and restore every submodule's own ``training`` flag afterwards."""
    flags = {module: module.training for module in model.modules()}
    model.eval()
    try:
        yield
    finally:
        for module, flag in flags.items():
            module.training = flag


def _check_batch(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, nn.Module]:
    """Validate a calibration batch; return the prunable layers."""
    # Each argument in signature order, type then value: the first bad one decides the error.
    validate_type("model", model, nn.Module)
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError(f"inputs must hold a batch of at least one sample, got shape {tuple(inputs.shape)}.")
    validate_type("targets", targets, torch.Tensor)
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError(
            f"targets must be int64 class labels of shape ({inputs.shape[0]},), got {targets.dtype} of shape "
            f"{tuple(targets.shape)}."
        )
    return prunable_modules(model)


def _batch_gradients(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    """``{layer: dL/dweight}`` of the mean cross-entropy, in eval mode; ``.grad`` fields are left alone."""
    layers = _check_batch(model, inputs, targets)
    weights = [module.weight for module in layers.values()]
    with _eval_mode(model), torch.enable_grad():
        loss = F.cross_entropy(model(inputs), targets)
        # autograd.grad, unlike backward(), neither reads nor writes the parameters' .grad.
        grads = torch.autograd.grad(loss, weights, allow_unused=True)
    return {
        name: torch.zeros_like(w) if g is None else g
        for (name, w), g in zip(zip(layers, weights, strict=True), grads, strict=True)
    }


@graded_reference("lab02", "taylor_saliency")
def taylor_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    """First-order Taylor saliency ``|g * w|`` of every prunable weight (the weight-level Taylor criterion).

    Args:
        model: any module; its Linear, Conv1d and Conv2d layers are scored (``prunable_modules`` order). It is
            run in eval mode; its parameters, their ``.grad`` and every submodule's ``training`` flag are left
            as they were.
        inputs: calibration batch of shape ``(N, ...)`` with ``N >= 1``, as ``model`` takes it.
        targets: int64 class labels of shape ``(N,)``.

    Returns:
        ``{layer name: |g * w|}``, each of that layer's weight shape, dtype and device, with no autograd history;
        ``g`` is the gradient of the *mean* cross-entropy over the batch with respect to the weight.

    Raises:
        TypeError: if ``model`` is not an ``nn.Module`` or ``inputs`` or ``targets`` is not a tensor.
        ValueError: if the batch is empty or ``targets`` is not int64 of shape ``(N,)``. The arguments are
            validated in signature order (see Conventions).
    """
    grads = _batch_gradients(model, inputs, targets)
    layers = prunable_modules(model)
    return {name: (grads[name] * layers[name].weight).abs().detach() for name in layers}


def _hessian_diagonal(grad: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
    """Exact ``d^2 L / d w_i^2`` for every entry: one Hessian-vector product per weight, batched over unit vectors."""
    flat = grad.flatten()
    if flat.numel() == 0:
        return torch.zeros_like(weight)
    eye = torch.eye(flat.numel(), dtype=flat.dtype, device=flat.device)
    # Row i of the batched product is e_i^T H = H[i, :], of which only entry i is kept.
    rows = torch.autograd.grad(flat, weight, grad_outputs=eye, is_grads_batched=True, retain_graph=True)[0]
    return rows.reshape(flat.numel(), -1).diagonal().reshape(weight.shape)


@graded_reference("lab02", "obd_saliency")
def obd_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    """Optimal Brain Damage saliency ``0.5 * h_ii * w_i**2`` with the exact Hessian diagonal (LeCun et al., 1990).

    ``h_ii = d^2 L / d w_i^2`` is the exact second derivative of the mean cross-entropy ``L`` over the batch (by
    double backpropagation), not an estimate such as a Hessian-vector product with a vector of ones. It can be
    negative where the loss is not convex; the score keeps its sign.

    Args:
        model: any module; its Linear, Conv1d and Conv2d layers are scored (``prunable_modules`` order). It is
            run in eval mode; its parameters, their ``.grad`` and every submodule's ``training`` flag are left
            as they were.
        inputs: calibration batch of shape ``(N, ...)`` with ``N >= 1``, as ``model`` takes it.
        targets: int64 class labels of shape ``(N,)``.

    Returns:
        ``{layer name: 0.5 * h_ii * w_i**2}``, each of that layer's weight shape, dtype and device, with no
        autograd history.

    Raises:
        TypeError: if ``model`` is not an ``nn.Module`` or ``inputs`` or ``targets`` is not a tensor.
        ValueError: if the batch is empty or ``targets`` is not int64 of shape ``(N,)``. The arguments are
            validated in signature order (see Conventions).
    """
    layers = _check_batch(model, inputs, targets)
    weights = [module.weight for module in layers.values()]
    with _eval_mode(model), torch.enable_grad():
        loss = F.cross_entropy(model(inputs), targets)
        grads = torch.autograd.grad(loss, weights, create_graph=True)
        diagonals = [_hessian_diagonal(g, w) for g, w in zip(grads, weights, strict=True)]
    return {name: (0.5 * h * w.detach() ** 2).detach() for name, h, w in zip(layers, diagonals, weights, strict=True)}


def _per_sample_gradients(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    """``{layer: (N, *weight.shape)}`` gradients of each sample's own loss, by ``torch.func.vmap`` over ``grad``."""
    layers = _check_batch(model, inputs, targets)
    params = {name: p.detach() for name, p in model.named_parameters()}
    buffers = {name: b.detach() for name, b in model.named_buffers()}
    wanted = {f"{name}.weight" if name else "weight": name for name in layers}

    def sample_loss(trainable: dict[str, torch.Tensor], x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        # A batch of one: the model sees the shapes it expects, and eval-mode BatchNorm makes samples independent.
        out = torch.func.functional_call(model, ({**params, **trainable}, buffers), (x.unsqueeze(0),))
        return F.cross_entropy(out, y.unsqueeze(0))

    trainable = {key: params[key] for key in wanted}
    with _eval_mode(model):
        grads = torch.func.vmap(torch.func.grad(sample_loss), in_dims=(None, 0, 0))(trainable, inputs, targets)
    return {layer: grads[key] for key, layer in wanted.items()}


@graded_reference("lab02", "fisher_saliency")
def fisher_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    """Diagonal empirical Fisher saliency ``w_i**2 * mean_n(g_{n,i}**2)`` (Theis et al., 2018, without their 0.5,
    which changes no ranking).

    ``g_n`` is the gradient of sample ``n``'s own cross-entropy, so ``mean_n(g_n**2)`` is the mean of the squared
    per-sample gradients, not the square of the mean gradient (which a model at a minimum drives to 0).

    Args:
        model: any module; its Linear, Conv1d and Conv2d layers are scored (``prunable_modules`` order). It is
            run in eval mode; its parameters, their ``.grad`` and every submodule's ``training`` flag are left
            as they were.
        inputs: calibration batch of shape ``(N, ...)`` with ``N >= 1``, as ``model`` takes it.
        targets: int64 class labels of shape ``(N,)``.

    Returns:
        ``{layer name: w**2 * mean_n(g_n**2)}``, each of that layer's weight shape, dtype and device, with no
        autograd history.

    Raises:
        TypeError: if ``model`` is not an ``nn.Module`` or ``inputs`` or ``targets`` is not a tensor.
        ValueError: if the batch is empty or ``targets`` is not int64 of shape ``(N,)``. The arguments are
            validated in signature order (see Conventions).
    """
    grads = _per_sample_gradients(model, inputs, targets)
    layers = prunable_modules(model)
    return {name: layers[name].weight.detach() ** 2 * (grads[name] ** 2).mean(dim=0) for name in layers}


@graded_reference("lab02", "scores_to_mask")
def scores_to_mask(
    scores: Mapping[str, torch.Tensor], sparsity: float, scope: str = "global"
) -> dict[str, torch.Tensor]:
    """Masks that prune the lowest scores, per layer or with one threshold for all layers.

    Args:
        scores: a mapping ``{name: score tensor}`` of any shapes and real dtypes; not modified. Lower means less
            important; scores are ranked by value, not by absolute value.
        sparsity: fraction of entries to prune, in ``[0, 1]``: ``k = round(sparsity * n)`` (Python's ``round``,
            ties to even), where ``n`` is each tensor's ``numel`` (``"local"``) or all tensors' total
            (``"global"``).
        scope: ``"local"`` prunes ``k`` entries in each tensor; ``"global"`` ranks all entries together.

    Returns:
        ``{name: mask}`` in the order of ``scores``, each mask of its score's shape and dtype, 1 where kept and 0
        where pruned. Among equal scores the entry with the lower index is pruned first: the lower flat
        index in one tensor and, globally, earlier tensors before later ones.

    Raises:
        TypeError: if ``scores`` is not a mapping of tensors, ``sparsity`` is not a real number (bool included) or
            ``scope`` is not a string.
        ValueError: if ``scores`` is empty, ``sparsity`` is outside ``[0, 1]`` or ``scope`` is neither ``"local"``
            nor ``"global"``. The arguments are validated in signature order (see Conventions).
    """
    validate_type("scores", scores, Mapping)
    for name, s in scores.items():
        validate_type(f"scores[{name!r}]", s, torch.Tensor)
    if not scores:
        raise ValueError("scores must name at least one tensor")
    sparsity = validate_fraction("sparsity", sparsity)
    validate_type("scope", scope, str)
    validate_choice("scope", scope, get_args(Scope))
    if scope == "local":
        return {name: _lowest_pruned([s], sparsity)[0] for name, s in scores.items()}
    return dict(zip(scores, _lowest_pruned(list(scores.values()), sparsity), strict=True))


def _lowest_pruned(tensors: list[torch.Tensor], sparsity: float) -> list[torch.Tensor]:
    """Masks of ``tensors`` with the ``round(sparsity * total)`` lowest entries of their concatenation pruned."""
    flat = torch.cat([t.detach().flatten().to(torch.float64).cpu() for t in tensors])
    # A stable sort breaks ties by position in the concatenation: lower flat index, earlier tensor first.
    order = torch.argsort(flat, stable=True)
    keep = torch.ones(flat.numel(), dtype=torch.bool)
    keep[order[: round(sparsity * flat.numel())]] = False
    masks, start = [], 0
    for t in tensors:
        masks.append(keep[start : start + t.numel()].reshape(t.shape).to(dtype=t.dtype, device=t.device))
        start += t.numel()
    return masks


@graded_reference("lab02", "snip_masks")
def snip_masks(
    model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor, sparsity: float
) -> tuple[dict[str, torch.Tensor], dict[str, torch.Tensor]]:
    """SNIP: connection sensitivity at initialisation, then one global top-k (Lee et al., 2019).

    Args:
        model: the untrained model; its Linear, Conv1d and Conv2d layers are scored (``prunable_modules`` order).
            It is run in eval mode and is not modified (parameters, ``.grad``, ``training`` flags).
        inputs: one batch of shape ``(N, ...)`` with ``N >= 1``.
        targets: int64 class labels of shape ``(N,)``.
        sparsity: fraction of all prunable weights to prune, in ``[0, 1]``.

    Returns:
        ``(scores, masks)``, both ``{layer name: tensor of that weight's shape, dtype and device}``:

        * ``scores``: ``|g * w| / sum |g * w|``, the sum over all layers together (so all scores sum to 1), ``g``
          the gradient of the mean cross-entropy; all zeros when every ``|g * w|`` is 0.
        * ``masks``: ``scores_to_mask(scores, sparsity, "global")``.

    Raises:
        TypeError: if ``model`` is not an ``nn.Module``, ``inputs`` or ``targets`` is not a tensor, or ``sparsity``
            is not a real number (bool included).
        ValueError: if the batch is invalid (as for ``taylor_saliency``) or ``sparsity`` is outside ``[0, 1]``. The
            arguments are validated in signature order (see Conventions).
    """
    _check_batch(model, inputs, targets)  # the batch's arguments come before sparsity in the signature
    sparsity = validate_fraction("sparsity", sparsity)
    grads = _batch_gradients(model, inputs, targets)
    layers = prunable_modules(model)
    raw = {name: (grads[name] * layers[name].weight).abs().detach() for name in layers}
    total = sum(float(s.double().sum()) for s in raw.values())
    scores = {name: s / total if total > 0 else s for name, s in raw.items()}
    return scores, scores_to_mask(scores, sparsity, "global")
