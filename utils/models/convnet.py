"""Convolutional networks with BatchNorm, whose channels network slimming (lab03) prunes."""

from __future__ import annotations

import torch
from torch import nn


def _conv_bn_relu(in_channels: int, out_channels: int) -> list[nn.Module]:
    # bias=False because the BatchNorm that follows has its own shift.
    return [
        nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1, bias=False),
        nn.BatchNorm2d(out_channels),
        nn.ReLU(inplace=True),
    ]


class DigitsConvNet(nn.Module):
    """A three-block conv net with BatchNorm, sized for 8x8 digit images.

    conv(1->c1)-BN-ReLU, conv(c1->c2)-BN-ReLU, max-pool to 4x4, conv(c2->c3)-BN-ReLU,
    global average pool, linear classifier. The BatchNorm scales are what
    network slimming (lab03) regularises.

    Args:
        num_classes: number of output logits.
        widths: output channels of the three conv layers.

    Shapes:
        input ``(N, 1, 8, 8)``; output ``(N, num_classes)``.
    """

    def __init__(self, num_classes: int = 10, widths: tuple[int, int, int] = (16, 32, 64)) -> None:
        super().__init__()
        c1, c2, c3 = widths
        self.features = nn.Sequential(
            *_conv_bn_relu(1, c1),
            *_conv_bn_relu(c1, c2),
            nn.MaxPool2d(2),
            *_conv_bn_relu(c2, c3),
            nn.AdaptiveAvgPool2d(1),
        )
        self.classifier = nn.Linear(c3, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier(torch.flatten(self.features(x), start_dim=1))
