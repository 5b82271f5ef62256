"""Multilayer perceptrons: LeNet-300-100 for images, a ReLU MLP for mnist1d's signals."""

from __future__ import annotations

import torch
from torch import nn


class LeNet300100(nn.Module):
    """LeNet-300-100 (LeCun et al. 1998; the MLP of Han et al. 2015): two hidden layers of 300 and 100 units.

    Args:
        in_features: input size after flattening (784 for MNIST, 64 for 8x8 digits).
        num_classes: number of output logits.

    Shapes:
        input ``(N, *)`` with ``in_features`` elements per example; output ``(N, num_classes)``.
    """

    def __init__(self, in_features: int = 784, num_classes: int = 10) -> None:
        super().__init__()
        self.fc1 = nn.Linear(in_features, 300)
        self.fc2 = nn.Linear(300, 100)
        self.fc3 = nn.Linear(100, num_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = torch.flatten(x, start_dim=1)
        x = torch.relu(self.fc1(x))
        x = torch.relu(self.fc2(x))
        return self.fc3(x)


class MNIST1DMLP(nn.Module):
    """A ReLU MLP for the 40-sample signals of mnist1d.

    Args:
        in_features: signal length (40 for mnist1d's defaults).
        hidden: sizes of the hidden layers.
        num_classes: number of output logits.

    Shapes:
        input ``(N, in_features)``; output ``(N, num_classes)``.
    """

    def __init__(self, in_features: int = 40, hidden: tuple[int, ...] = (256, 128), num_classes: int = 10) -> None:
        super().__init__()
        sizes = (in_features, *hidden)
        layers: list[nn.Module] = []
        for fan_in, fan_out in zip(sizes[:-1], sizes[1:], strict=True):
            layers += [nn.Linear(fan_in, fan_out), nn.ReLU(inplace=True)]
        layers.append(nn.Linear(sizes[-1], num_classes))
        self.net = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(torch.flatten(x, start_dim=1))
