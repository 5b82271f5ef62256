"""Trained quantization: fine-tuning the shared centroids of k-means weight sharing (Han, Mao and Dally, 2016,
"Deep Compression", section 3.1).

After weight sharing each weight is ``codebook[assignment]``. Fine-tuning keeps every weight's cluster index and
moves the centroids: by the chain rule the gradient of a centroid is the sum of the gradients of the weights that
share it. ``centroid_gradients`` (graded in Lab 7) computes that sum; ``SharedWeights`` and ``fine_tune_shared``
do the bookkeeping of a fine-tuning run (the model's weights are rebuilt from the codebooks after every step) and
take the gradient function as an argument, so that Lab 7 runs them with the student's own.

Pruned weights (assignment -1) stay zero and belong to no cluster, as in Deep Compression's pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch import nn
from torch.utils.data import DataLoader

from utils.reference import graded_reference
from utils.validation import validate_int, validate_type

PRUNED = -1  # the assignment of a pruned weight: it belongs to no cluster
GradientFn = Callable[[torch.Tensor, torch.Tensor, int], torch.Tensor]


@graded_reference("lab07", "centroid_gradients")
def centroid_gradients(grad: torch.Tensor, assignments: torch.Tensor, k: int) -> torch.Tensor:
    """The gradient of each shared centroid: the sum of the gradients of the weights assigned to it.

    With weight sharing every weight is ``codebook[assignments]``, so by the chain rule
    ``dL/dcodebook[c]`` is the sum of ``dL/dw`` over the weights whose assignment is ``c``. A weight whose
    assignment is ``-1`` was pruned: it belongs to no cluster and adds nothing.

    Args:
        grad: floating-point tensor of any shape (possibly empty), the gradient of the loss with respect to the
            shared weights. Not modified.
        assignments: int64 tensor of ``grad``'s shape; each entry is a cluster index in ``0..k-1``, or ``-1`` for
            a pruned weight. Not modified.
        k: the number of clusters (the codebook's length), an int >= 1.

    Returns:
        A 1-D tensor of length ``k`` in ``grad``'s dtype, accumulated in that dtype (float64
        stays float64 throughout): entry ``c`` is the sum of ``grad`` over the entries assigned to ``c`` (in any
        order), ``0`` for a cluster with no entry. It carries no autograd history (``requires_grad`` is False even
        when ``grad`` requires grad).

    Raises (arguments validated in signature order, see Conventions):
        TypeError: if ``grad`` is not a floating-point tensor, ``assignments`` is not an int64 tensor or ``k`` is
            not an int.
        ValueError: if ``assignments``' shape differs from ``grad``'s, ``k < 1``, or an assignment is below -1 or
            at least ``k`` (checked last, once ``k`` is known to be valid).
    """
    validate_type("grad", grad, torch.Tensor)
    if not grad.is_floating_point():
        raise TypeError(f"grad must be a floating-point tensor, got {grad.dtype}")
    validate_type("assignments", assignments, torch.Tensor)
    if assignments.dtype != torch.int64:
        raise TypeError(f"assignments must be an int64 tensor, got {assignments.dtype}")
    if assignments.shape != grad.shape:
        raise ValueError(f"assignments has shape {tuple(assignments.shape)}, grad {tuple(grad.shape)}")
    k = validate_int("k", k, 1)
    if assignments.numel() and (int(assignments.min()) < PRUNED or int(assignments.max()) >= k):
        raise ValueError(f"assignments must lie in -1..{k - 1}")
    kept = assignments.reshape(-1) != PRUNED
    values = grad.detach().reshape(-1)[kept]
    return torch.zeros(k, dtype=grad.dtype, device=grad.device).index_add_(0, assignments.reshape(-1)[kept], values)


@dataclass
class SharedWeights:
    """One layer's shared weights: ``codebook[assignments]``, with 0 where ``assignments`` is -1 (pruned)."""

    codebook: torch.Tensor
    assignments: torch.Tensor

    def weight(self) -> torch.Tensor:
        kept = self.assignments != PRUNED
        return torch.where(kept, self.codebook.detach()[self.assignments.clamp(min=0)], 0.0)


def share_weights(
    model: nn.Module, cluster: Callable[[torch.Tensor], tuple[torch.Tensor, torch.Tensor]], names: list[str]
) -> dict[str, SharedWeights]:
    """Cluster the nonzero weights of the layers ``names`` of ``model`` with ``cluster`` (weight -> (codebook,
    indices)) and write the shared weights into ``model`` (in place). Zero weights count as pruned."""
    modules = dict(model.named_modules())
    shared = {}
    for name in names:
        weight = modules[name].weight
        kept = weight.detach() != 0
        codebook, indices = cluster(weight.detach()[kept])
        assignments = torch.full_like(weight, PRUNED, dtype=torch.int64)
        assignments[kept] = indices
        shared[name] = SharedWeights(codebook.detach().clone(), assignments)
        with torch.no_grad():
            weight.copy_(shared[name].weight())
    return shared


def fine_tune_shared(
    model: nn.Module,
    shared: dict[str, SharedWeights],
    gradients: GradientFn,
    loader: DataLoader,
    epochs: int = 1,
    lr: float = 1e-3,
) -> list[float]:
    """Fine-tune ``model`` (in place) with Adam, keeping every shared layer's cluster indices fixed.

    The codebooks are trained with ``gradients(weight.grad, assignments, k)`` as their gradient; every other
    parameter (biases, unshared layers) trains as usual. After each step the shared weights are rebuilt from
    their codebooks, so pruned weights stay 0. Returns the mean training loss of each epoch.
    """
    validate_int("epochs", epochs, 1)
    modules = dict(model.named_modules())
    shared_params = {id(modules[name].weight) for name in shared}
    codebooks = [s.codebook.requires_grad_(True) for s in shared.values()]
    others = [p for p in model.parameters() if id(p) not in shared_params]
    optimizer = torch.optim.Adam(codebooks + others, lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    model.train()
    epoch_losses = []
    for _ in range(epochs):
        total, count = 0.0, 0
        for inputs, labels in loader:
            optimizer.zero_grad()
            model.zero_grad()
            loss = loss_fn(model(inputs), labels)
            loss.backward()
            for name, s in shared.items():
                s.codebook.grad = gradients(modules[name].weight.grad, s.assignments, len(s.codebook))
            optimizer.step()
            with torch.no_grad():
                for name, s in shared.items():
                    modules[name].weight.copy_(s.weight())
            total += loss.item() * len(labels)
            count += len(labels)
        epoch_losses.append(total / count)
    model.eval()
    return epoch_losses
