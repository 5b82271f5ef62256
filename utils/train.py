"""Seeded, deterministic training and evaluation loops with tqdm progress."""

from __future__ import annotations

import random

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset
from tqdm.auto import tqdm

from utils.validation import validate_int


def set_seed(seed: int) -> None:
    """Seed Python, NumPy and torch so that a run can be repeated exactly (on the same machine).

    Args:
        seed: the seed of all three generators.
    """
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def default_device() -> torch.device:
    """The device to train on.

    Returns:
        CUDA when present, else the CPU. Every lab runs on the CPU within its budget.
    """
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def make_loader(dataset: Dataset, batch_size: int = 64, shuffle: bool = False, seed: int = 0) -> DataLoader:
    """A DataLoader whose shuffling order depends only on ``seed``.

    Args:
        dataset: e.g. a split from :mod:`utils.data`.
        batch_size: examples per batch.
        shuffle: reshuffle every epoch (for training).
        seed: seeds the loader's own generator, so other random calls cannot change the order.

    Returns:
        A ``DataLoader`` over ``dataset`` with its own seeded ``torch.Generator``.
    """
    validate_int("batch_size", batch_size, minimum=1)
    generator = torch.Generator().manual_seed(seed)
    return DataLoader(dataset, batch_size=batch_size, shuffle=shuffle, generator=generator)


def train(
    model: nn.Module,
    loader: DataLoader,
    epochs: int = 1,
    lr: float = 1e-3,
    optimizer: torch.optim.Optimizer | None = None,
    device: torch.device | None = None,
    progress: bool = True,
    desc: str = "train",
) -> list[float]:
    """Train with cross-entropy for ``epochs`` passes over ``loader``.

    Masks attached with :func:`utils.pruning.apply_masks` stay enforced: torch's
    pruning hooks recompute ``weight = weight_orig * weight_mask`` before every
    forward, so pruned weights receive no gradient through ``weight``.

    Args:
        model: trained in place.
        loader: yields ``(inputs, int64 labels)``.
        epochs: passes over the data.
        lr: learning rate of the default Adam optimizer (ignored when ``optimizer`` is given).
        optimizer: optional optimizer over ``model``'s parameters.
        device: defaults to :func:`default_device`.
        progress: show a tqdm bar (a widget in notebooks).
        desc: the bar's label.

    Returns:
        The mean training loss of each epoch.
    """
    validate_int("epochs", epochs, minimum=1)
    device = device or default_device()
    model.to(device).train()
    optimizer = optimizer or torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss()
    epoch_losses = []
    for _ in tqdm(range(epochs), desc=desc, disable=not progress, leave=False):
        total, count = 0.0, 0
        for inputs, labels in loader:
            inputs, labels = inputs.to(device), labels.to(device)
            optimizer.zero_grad()
            loss = loss_fn(model(inputs), labels)
            loss.backward()
            optimizer.step()
            total += loss.item() * len(labels)
            count += len(labels)
        epoch_losses.append(total / count)
    return epoch_losses


@torch.no_grad()
def evaluate(model: nn.Module, loader: DataLoader, device: torch.device | None = None) -> float:
    """Top-1 accuracy over ``loader``, in eval mode (BatchNorm uses running statistics).

    Args:
        model: moved to ``device`` and left in eval mode.
        loader: yields ``(inputs, int64 labels of shape (N,))``.
        device: defaults to :func:`default_device`.

    Returns:
        The fraction of correctly classified examples, in ``[0, 1]``.

    Raises:
        ValueError: if ``loader`` yields no examples.
    """
    device = device or default_device()
    model.to(device).eval()
    correct, count = 0, 0
    for inputs, labels in loader:
        predictions = model(inputs.to(device)).argmax(dim=1)
        correct += int((predictions == labels.to(device)).sum())
        count += len(labels)
    if count == 0:
        raise ValueError("cannot evaluate on an empty loader")
    return correct / count
