"""Layer-wise Optimal Brain Surgeon: remove weights of one linear layer and let the others compensate.

For a linear layer ``y = W x`` and calibration inputs ``X`` (one sample per column in the papers' notation, one per
row here), the reconstruction error of row ``w`` after a change ``delta w`` is ``delta w^T H delta w / 2`` with
``H = 2 X X^T`` (Hassibi and Stork, 1993; Dong et al., 2017, "Learning to prune deep neural networks via layer-wise
optimal brain surgeon"; Frantar and Alistarh, 2022, "Optimal Brain Compression"). Removing weight ``q`` optimally:

* costs ``w_q^2 / (2 [H^-1]_qq)``, so the weight with the smallest ``w_q^2 / [H^-1]_qq`` goes first;
* moves the other weights by ``delta w = -(w_q / [H^-1]_qq) H^-1[:, q]``, which also sets ``w_q`` to 0;
* leaves the inverse Hessian of the remaining weights as ``H^-1 - H^-1[:, q] H^-1[q, :] / [H^-1]_qq``, whose row
  and column ``q`` are 0, so the next step needs no new inversion.

``obs_prune_rows`` repeats ``obs_step`` row by row, so it does not work in the student edition (where the graded
functions are left for students to write).
"""

from __future__ import annotations

import math
import numbers

import torch

from utils.reference import graded_reference
from utils.validation import validate_fraction, validate_type


@graded_reference("lab02", "layer_hessian")
def layer_hessian(inputs: torch.Tensor, damp: float = 0.01) -> torch.Tensor:
    """The damped Hessian ``H = 2 X^T X + lambda I`` of a linear layer's reconstruction error, in float64.

    Args:
        inputs: the layer's calibration inputs ``X``, shape ``(N, d)`` or ``(..., d)``: all leading dimensions are
            samples (as ``nn.Linear`` treats them), ``N = 0`` included; any real dtype; not modified.
        damp: relative damping, a finite number ``> 0``: ``lambda = damp * mean(diag(2 X^T X))``, or
            ``lambda = damp`` when that mean is 0 (all inputs zero), so that ``H`` is always invertible.

    Returns:
        ``H``, float64, shape ``(d, d)``; computed in float64 and not divided by ``N``.

    Raises:
        TypeError: if ``inputs`` is not a tensor or ``damp`` is not a real number (bool included).
        ValueError: if ``inputs`` is 0-d or ``damp`` is not finite and positive. The arguments are validated in
            signature order (see Conventions).
    """
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.dim() == 0:
        raise ValueError("inputs must have a last dimension of features, got a 0-d tensor.")
    validate_type("damp", damp, numbers.Real)  # numpy scalars included, bool rejected
    if not (math.isfinite(damp) and damp > 0):
        raise ValueError(f"damp must be a finite number > 0, got {damp!r}.")
    damp = float(damp)  # a numpy float32 would otherwise round lambda to float32
    x = inputs.detach().reshape(-1, inputs.shape[-1]).to(torch.float64)
    hessian = 2 * x.T @ x
    mean_diagonal = float(hessian.diagonal().mean()) if hessian.numel() else 0.0
    damping = damp * mean_diagonal if mean_diagonal > 0 else float(damp)
    return hessian + damping * torch.eye(x.shape[1], dtype=torch.float64, device=x.device)


@graded_reference("lab02", "obs_step")
def obs_step(weight: torch.Tensor, hinv: torch.Tensor, alive: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, int]:
    """One Optimal Brain Surgeon removal in one row of a linear layer, with the update of the other weights.

    Among the ``alive`` entries, prune ``q = argmin w_q**2 / hinv[q, q]`` (ties: the lowest index), then

    * ``new_weight = weight - (weight[q] / hinv[q, q]) * hinv[:, q]`` on the alive entries, with
      ``new_weight[q]`` set to exactly 0; entries that are not alive keep their value (rounding would otherwise
      leave tiny nonzeros there);
    * ``new_hinv = hinv - outer(hinv[:, q], hinv[q, :]) / hinv[q, q]`` (the inverse Hessian without ``q``), with
      row and column ``q`` set to exactly 0.

    Args:
        weight: one row ``w`` of the layer, shape ``(d,)``, any float dtype; not modified.
        hinv: ``H^-1`` of the weights still alive, shape ``(d, d)``, float64 (entries of pruned weights are 0);
            not modified.
        alive: ``torch.bool``, shape ``(d,)``: True where the weight may still be pruned; not modified.

    Returns:
        ``(new_weight, new_hinv, q)``: ``new_weight`` of ``weight``'s shape and dtype (the update computed in
        float64), ``new_hinv`` float64 of shape ``(d, d)``, and ``q`` a Python int. The caller marks ``q`` dead.

    Raises:
        TypeError: if ``weight``, ``hinv`` or ``alive`` is not a tensor.
        ValueError: if the shapes do not match, ``alive`` is not a bool tensor, or no entry is alive. The arguments
            are validated in signature order (see Conventions).
    """
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() != 1:
        raise ValueError(f"weight must be one row of shape (d,), got shape {tuple(weight.shape)}.")
    d = weight.shape[0]
    validate_type("hinv", hinv, torch.Tensor)
    if tuple(hinv.shape) != (d, d):
        raise ValueError(f"hinv must have shape ({d}, {d}), got shape {tuple(hinv.shape)}.")
    validate_type("alive", alive, torch.Tensor)
    if alive.dtype != torch.bool or tuple(alive.shape) != (d,) or not bool(alive.any()):
        raise ValueError(f"alive must be a bool tensor of shape ({d},) with at least one True entry.")
    w, h = weight.detach().to(torch.float64), hinv.detach().to(torch.float64)
    cost = w**2 / h.diagonal()
    candidates = alive.nonzero().squeeze(1)
    # argmin returns the first minimum, so ties go to the lowest index among the candidates (kept in order).
    q = int(candidates[torch.argmin(cost[candidates])])
    column = h[:, q].clone()
    new_w = torch.where(alive.to(w.device), w - (w[q] / h[q, q]) * column, w)
    new_w[q] = 0.0  # exact, whatever the rounding of w_q - w_q / h_qq * h_qq
    new_h = h - torch.outer(column, h[q, :]) / h[q, q]
    new_h[q, :] = 0.0
    new_h[:, q] = 0.0
    return new_w.to(weight.dtype), new_h, q


def obs_prune_rows(weight: torch.Tensor, inputs: torch.Tensor, sparsity: float, damp: float = 0.01) -> torch.Tensor:
    """Prune ``round(sparsity * d)`` weights in every row of a linear layer by repeated OBS steps.

    Args:
        weight: the layer's weight, shape ``(out, d)``; not modified.
        inputs: calibration inputs ``(N, d)``.
        sparsity: fraction of each row to prune, in ``[0, 1]``.
        damp: relative damping of :func:`layer_hessian`.

    Returns:
        The pruned and updated weight, of ``weight``'s shape and dtype.
    """
    validate_fraction("sparsity", sparsity)
    hinv = torch.linalg.inv(layer_hessian(inputs, damp))
    rows = []
    for row in weight.detach():
        h, alive = hinv, torch.ones_like(row, dtype=torch.bool)
        for _ in range(round(sparsity * row.numel())):
            row, h, q = obs_step(row, h, alive)
            alive = alive.clone()
            alive[q] = False
        rows.append(row)
    return torch.stack(rows) if rows else weight.detach().clone()
