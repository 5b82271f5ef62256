"""Sparse variational dropout (Molchanov, Ashukha and Vetrov, 2017, "Variational dropout sparsifies deep neural
networks"): training-based pruning, where each weight learns its own dropout rate.

Each weight is Gaussian, ``w_ij ~ N(theta_ij, alpha_ij theta_ij^2)``. Training minimises
``N * mean CE + KL(q || log-uniform prior)``; the KL term pushes ``alpha`` up, and a weight with ``log alpha > 3``
(dropout rate ``alpha / (1 + alpha) > 0.95``) carries only noise and is pruned.

* The **local reparameterisation trick** samples pre-activations instead of weights: for inputs ``x`` the output
  is Gaussian with mean ``x theta^T`` and variance ``x^2 (alpha theta^2)^T``, which has lower-variance gradients and
  costs two matrix products.
* The KL term has no closed form; the paper fits
  ``-KL ~ k1 sigmoid(k2 + k3 log alpha) - 0.5 log(1 + 1/alpha) - k1`` with ``k1 = 0.63576``, ``k2 = 1.87320``,
  ``k3 = 1.48695``; the constant ``-k1`` makes the KL 0 as ``alpha -> infinity``.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from utils.validation import validate_int

K1, K2, K3 = 0.63576, 1.87320, 1.48695
PRUNE_LOG_ALPHA = 3.0


def kl_approximation(log_alpha: torch.Tensor) -> torch.Tensor:
    """Molchanov et al.'s approximation of ``KL(q(w | theta, alpha) || p(w))`` per weight, log-uniform prior.

    Args:
        log_alpha: any shape.

    Returns:
        ``-(k1 sigmoid(k2 + k3 log_alpha) - 0.5 log1p(exp(-log_alpha)) - k1)``, elementwise, same shape; it falls
        from about ``0.5 * (-log_alpha) + 0.635`` for small ``alpha`` to 0 as ``log_alpha`` grows.
    """
    # softplus(-x) = log(1 + exp(-x)) = log(1 + 1/alpha), without overflow for very negative log alpha.
    return -(K1 * torch.sigmoid(K2 + K3 * log_alpha) - 0.5 * F.softplus(-log_alpha) - K1)


class SparseVDLinear(nn.Module):
    """A linear layer with sparse variational dropout.

    Args:
        in_features, out_features: as for ``nn.Linear``.
        log_sigma2_init: initial ``log sigma^2`` of every weight (very negative: start almost deterministic).

    Shapes:
        input ``(..., in_features)``; output ``(..., out_features)``.

    In training mode the output is sampled with the local reparameterisation trick; in eval mode it is the
    mean, ``x theta^T + b``, with the weights of ``log alpha > 3`` pruned.
    """

    def __init__(self, in_features: int, out_features: int, log_sigma2_init: float = -10.0) -> None:
        super().__init__()
        validate_int("in_features", in_features, minimum=1)
        validate_int("out_features", out_features, minimum=1)
        reference = nn.Linear(in_features, out_features)  # torch's own initialisation of theta and the bias
        self.theta = nn.Parameter(reference.weight.detach().clone())
        self.bias = nn.Parameter(reference.bias.detach().clone())
        self.log_sigma2 = nn.Parameter(torch.full((out_features, in_features), float(log_sigma2_init)))

    @property
    def log_alpha(self) -> torch.Tensor:
        """``log alpha = log sigma^2 - log theta^2``, clipped to ``[-10, 10]`` as in the paper's code."""
        return torch.clamp(self.log_sigma2 - torch.log(self.theta**2 + 1e-8), -10.0, 10.0)

    def mask(self) -> torch.Tensor:
        """1.0 where the weight is kept (``log alpha <= 3``), 0.0 where it is pruned, shaped like ``theta``."""
        return (self.log_alpha <= PRUNE_LOG_ALPHA).to(self.theta.dtype).detach()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not self.training:
            return F.linear(x, self.theta * self.mask(), self.bias)
        mean = F.linear(x, self.theta, self.bias)
        variance = F.linear(x**2, torch.exp(self.log_sigma2))  # alpha theta^2 = sigma^2
        return mean + torch.sqrt(variance + 1e-8) * torch.randn_like(mean)

    def kl(self) -> torch.Tensor:
        """The KL term of this layer: :func:`kl_approximation` summed over its weights."""
        return kl_approximation(self.log_alpha).sum()


def sparse_vd_mlp(sizes: tuple[int, ...]) -> nn.Sequential:
    """An MLP of :class:`SparseVDLinear` layers with ReLUs between them, e.g. ``sizes=(64, 32, 10)``.

    Inputs of any shape ``(N, ...)`` are flattened to ``(N, sizes[0])`` first, as :class:`~utils.models.MNIST1DMLP`
    does.
    """
    if len(sizes) < 2:
        raise ValueError(f"sizes needs an input and an output size, got {sizes}")
    layers: list[nn.Module] = [nn.Flatten()]
    for i, (fan_in, fan_out) in enumerate(zip(sizes[:-1], sizes[1:], strict=True)):
        layers.append(SparseVDLinear(fan_in, fan_out))
        if i < len(sizes) - 2:
            layers.append(nn.ReLU())
    return nn.Sequential(*layers)


def vd_kl(model: nn.Module) -> torch.Tensor:
    """The KL term of every :class:`SparseVDLinear` in ``model``, summed (0 when there is none)."""
    terms = [m.kl() for m in model.modules() if isinstance(m, SparseVDLinear)]
    return torch.stack(terms).sum() if terms else torch.zeros(())


def vd_sparsity(model: nn.Module) -> float:
    """The fraction of :class:`SparseVDLinear` weights with ``log alpha > 3``."""
    masks = [m.mask() for m in model.modules() if isinstance(m, SparseVDLinear)]
    total = sum(m.numel() for m in masks)
    return 1.0 - sum(float(m.sum()) for m in masks) / total if total else 0.0


def train_sparse_vd(
    model: nn.Module, loader: torch.utils.data.DataLoader, epochs: int, lr: float = 1e-3, kl_weight: float = 1.0
) -> list[float]:
    """Train with the variational objective ``mean CE + kl_weight * KL / N`` (the ELBO divided by ``N``).

    The KL weight ramps linearly from 0 to ``kl_weight`` over the first half of the epochs, as the paper's
    training does, so the network first fits the data and then sheds weights.

    Args:
        model: trained in place (on the CPU or wherever its parameters are).
        loader: yields ``(inputs, int64 labels)``; its dataset's length is ``N``.
        epochs: passes over the data.
        lr: Adam's learning rate.
        kl_weight: final weight of the KL term.

    Returns:
        The mean objective of each epoch.
    """
    validate_int("epochs", epochs, minimum=1)
    device = next(model.parameters()).device
    optimizer = torch.optim.Adam(model.parameters(), lr=lr)
    n = len(loader.dataset)  # type: ignore[arg-type]
    history = []
    model.train()
    for epoch in range(epochs):
        beta = kl_weight * min(1.0, epoch / max(1.0, epochs / 2))
        total, count = 0.0, 0
        for inputs, labels in loader:
            inputs, labels = inputs.to(device), labels.to(device)
            loss = F.cross_entropy(model(inputs), labels) + beta * vd_kl(model) / n
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += float(loss.detach()) * len(labels)
            count += len(labels)
        history.append(total / max(count, 1))
    return history


__all__ = [
    "K1",
    "K2",
    "K3",
    "PRUNE_LOG_ALPHA",
    "SparseVDLinear",
    "kl_approximation",
    "sparse_vd_mlp",
    "train_sparse_vd",
    "vd_kl",
    "vd_sparsity",
]
