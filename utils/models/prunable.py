"""Which layers of a model the course prunes."""

from __future__ import annotations

from torch import nn

PRUNABLE_TYPES = (nn.Linear, nn.Conv1d, nn.Conv2d)


def prunable_modules(model: nn.Module) -> dict[str, nn.Module]:
    """The modules whose ``weight`` the course prunes: every Linear, Conv1d and Conv2d.

    Args:
        model: any module.

    Returns:
        ``{qualified name: module}`` in ``model.named_modules()`` order, e.g.
        ``{"fc1": Linear, "fc2": Linear, "fc3": Linear}`` for :class:`~utils.models.LeNet300100`.
        Biases and BatchNorm parameters are never pruned: they are few, and
        removing them saves almost nothing while hurting accuracy.
    """
    return {name: module for name, module in model.named_modules() if isinstance(module, PRUNABLE_TYPES)}
