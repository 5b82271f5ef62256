"""Small models that train in seconds on a CPU, and the rule for which of their weights get pruned."""
from __future__ import annotations

import torch
from torch import nn

PRUNABLE_TYPES = (nn.Linear, nn.Conv1d, nn.Conv2d)


def prunable_modules(model: nn.Module) -> dict[str, nn.Module]:
    """The modules whose ``weight`` the course prunes: every Linear, Conv1d and Conv2d.

    Args:
        model: any module.

    Returns:
        ``{qualified name: module}`` in ``model.named_modules()`` order, e.g.
        ``{"fc1": Linear, "fc2": Linear, "fc3": Linear}`` for :class:`LeNet300100`.
        Biases and BatchNorm parameters are never pruned: they are few, and
        removing them saves almost nothing while hurting accuracy.
    """
    return {name: module for name, module in model.named_modules() if isinstance(module, PRUNABLE_TYPES)}


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
        for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(fan_in, fan_out), nn.ReLU(inplace=True)]
        layers.append(nn.Linear(sizes[-1], num_classes))
        self.net = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(torch.flatten(x, start_dim=1))
