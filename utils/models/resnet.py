"""A small residual network with BatchNorm for 8x8 digits, whose residual channels are coupled across layers (lab03)."""

from __future__ import annotations

import torch
from torch import nn


class ResidualBlock(nn.Module):
    """``relu(x + bn2(conv2(relu(bn1(conv1(x))))))``: two 3x3 convs that keep the 8x8 size, and an identity shortcut.

    ``conv1`` reads the residual stream's ``channels``; ``conv2`` and ``bn2`` write back into the add, so their
    output channel ``c`` is the stream's channel ``c``: it can only be removed together with every other layer
    that writes or reads channel ``c`` of the stream.
    """

    def __init__(self, channels: int, hidden: int) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(channels, hidden, kernel_size=3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(hidden)
        self.conv2 = nn.Conv2d(hidden, channels, kernel_size=3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = torch.relu(self.bn1(self.conv1(x)))
        return torch.relu(x + self.bn2(self.conv2(h)))


class DigitsResNet(nn.Module):
    """stem conv(1->width)-BN-ReLU, ``blocks`` residual blocks of ``width`` channels, global average pool, linear.

    The residual stream's channel ``c`` is written by the stem (conv and BN) and by every block's ``conv2``/``bn2``,
    and read by every block's ``conv1``, by the next block's shortcut and by the classifier: one coupled group.

    Args:
        num_classes: number of output logits.
        width: channels of the residual stream.
        hidden: channels inside each block (between ``conv1`` and ``conv2``).
        blocks: number of residual blocks.

    Shapes:
        input ``(N, 1, H, W)``; output ``(N, num_classes)``.
    """

    def __init__(self, num_classes: int = 10, width: int = 16, hidden: int = 16, blocks: int = 2) -> None:
        super().__init__()
        self.stem = nn.Conv2d(1, width, kernel_size=3, padding=1, bias=False)
        self.stem_bn = nn.BatchNorm2d(width)
        self.blocks = nn.Sequential(*[ResidualBlock(width, hidden) for _ in range(blocks)])
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.classifier = nn.Linear(width, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.blocks(torch.relu(self.stem_bn(self.stem(x))))
        return self.classifier(torch.flatten(self.pool(h), start_dim=1))
