"""L0 channel gates with the hard-concrete relaxation (Louizos, Welling and Kingma, 2018, "Learning sparse neural
networks through L0 regularization").

An L0 penalty counts nonzero gates, which has no gradient. Louizos et al. make each gate ``z`` a random variable
with a learnable location ``log_alpha`` and penalise the *probability* that it is nonzero. With temperature
``beta = 2/3`` and the stretch interval ``(gamma, zeta) = (-0.1, 1.1)``:

* **training-time sample**, ``u ~ Uniform(0, 1)``:
  ``s = sigmoid((log u - log(1 - u) + log_alpha) / beta)``, ``s_bar = s * (zeta - gamma) + gamma``,
  ``z = min(1, max(0, s_bar))``. Stretching past ``[0, 1]`` and clipping puts real probability mass on exactly 0
  and exactly 1, and ``z`` is differentiable in ``log_alpha`` (the reparameterisation trick).
* **test-time gate**: ``z_hat = min(1, max(0, sigmoid(log_alpha) * (zeta - gamma) + gamma))``, deterministic.
* **expected L0**: ``P(z != 0) = sigmoid(log_alpha - beta * log(-gamma / zeta))``, summed over gates, a smooth
  penalty whose gradient pushes ``log_alpha`` down.

Limits (``tests/test_slimming.py``): as ``log_alpha -> +inf`` every sample and the test-time gate tend to 1 and the
expected L0 to 1 per gate; as ``log_alpha -> -inf`` all tend to 0. ``HardConcreteGates`` calls the graded
``hard_concrete_test_gate`` in eval mode, so it does not work in the student edition.
"""

from __future__ import annotations

import math

import torch
from torch import nn

from utils.reference import graded_reference
from utils.validation import validate_int, validate_type

BETA = 2 / 3
GAMMA = -0.1
ZETA = 1.1


@graded_reference("lab03", "hard_concrete_test_gate")
def hard_concrete_test_gate(log_alpha: torch.Tensor) -> torch.Tensor:
    """The deterministic test-time hard-concrete gate ``min(1, max(0, sigmoid(log_alpha) * (zeta - gamma) + gamma))``.

    With ``gamma = -0.1`` and ``zeta = 1.1``: stretch ``sigmoid(log_alpha)`` from ``(0, 1)`` to ``(-0.1, 1.1)``, then
    clip to ``[0, 1]``. So the gate is exactly 0 for ``sigmoid(log_alpha) <= 1/12`` (``log_alpha <= -log 11``), exactly
    1 for ``sigmoid(log_alpha) >= 11/12``, and ``0.5`` at ``log_alpha = 0``. The temperature ``beta`` plays no part.

    Args:
        log_alpha: the gates' locations, a float tensor of any shape (``-inf`` and ``+inf`` allowed); not modified.

    Returns:
        The gates, of ``log_alpha``'s shape and dtype, each in ``[0, 1]``; differentiable where not clipped.

    Raises:
        TypeError: if ``log_alpha`` is not a floating-point tensor.
    """
    validate_type("log_alpha", log_alpha, torch.Tensor)
    if not log_alpha.dtype.is_floating_point:
        raise TypeError(f"log_alpha must be a floating-point tensor, got dtype {log_alpha.dtype}.")
    return torch.clamp(torch.sigmoid(log_alpha) * (ZETA - GAMMA) + GAMMA, 0.0, 1.0)


def hard_concrete_sample(log_alpha: torch.Tensor, u: torch.Tensor | None = None) -> torch.Tensor:
    """One training-time sample of the hard-concrete gates.

    ``s = sigmoid((log u - log(1 - u) + log_alpha) / beta)``, ``z = min(1, max(0, s * (zeta - gamma) + gamma))``.

    Args:
        log_alpha: gate locations, float tensor of any shape.
        u: uniform noise in ``(0, 1)`` of the same shape; drawn with ``torch.rand`` (clamped away from 0 and 1)
            when None.

    Returns:
        The gates, of ``log_alpha``'s shape, differentiable in ``log_alpha``.
    """
    validate_type("log_alpha", log_alpha, torch.Tensor)
    if u is None:
        eps = torch.finfo(log_alpha.dtype).eps
        u = torch.rand_like(log_alpha).clamp(eps, 1 - eps)
    s = torch.sigmoid((torch.log(u) - torch.log1p(-u) + log_alpha) / BETA)
    return torch.clamp(s * (ZETA - GAMMA) + GAMMA, 0.0, 1.0)


def expected_l0(log_alpha: torch.Tensor) -> torch.Tensor:
    """The expected number of nonzero gates, ``sum sigmoid(log_alpha - beta * log(-gamma / zeta))`` (a 0-d tensor)."""
    validate_type("log_alpha", log_alpha, torch.Tensor)
    return torch.sigmoid(log_alpha - BETA * math.log(-GAMMA / ZETA)).sum()


class HardConcreteGates(nn.Module):
    """One hard-concrete gate per channel: a sample in training mode, the test-time gate in eval mode.

    Args:
        channels: number of gates.
        init_log_alpha: initial location; the default 2.0 makes gates start mostly open (test gate 0.96).
    """

    def __init__(self, channels: int, init_log_alpha: float = 2.0) -> None:
        super().__init__()
        validate_int("channels", channels, minimum=1)
        self.log_alpha = nn.Parameter(torch.full((channels,), float(init_log_alpha)))

    def forward(self) -> torch.Tensor:
        if self.training:
            return hard_concrete_sample(self.log_alpha)
        return hard_concrete_test_gate(self.log_alpha)

    def penalty(self) -> torch.Tensor:
        """The expected L0 norm of the gates, differentiable in ``log_alpha``."""
        return expected_l0(self.log_alpha)
