"""Train/val/test splits: the dataclasses the loaders return, and the stratified, seeded splitting they share."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch
from torch.utils.data import TensorDataset

from utils.validation import validate_fraction, validate_int

SPLIT_NAMES = ("train", "val", "test")
MAX_SEED = 2**32 - 1  # the largest seed numpy's legacy generator, which mnist1d reseeds, accepts


@dataclass(frozen=True)
class Splits:
    """Train/val/test splits of a classification dataset.

    Attributes:
        train, val, test: ``TensorDataset(x, y)`` with ``x`` float32 of shape ``(N, *input_shape)`` and
            ``y`` int64 of shape ``(N,)`` holding labels in ``[0, num_classes)``.
        num_classes: number of classes.
        input_shape: shape of one example, e.g. ``(1, 8, 8)`` for digits or ``(40,)`` for MNIST-1D.
    """

    train: TensorDataset
    val: TensorDataset
    test: TensorDataset
    num_classes: int
    input_shape: tuple[int, ...]

    @property
    def num_features(self) -> int:
        """Number of values in one example, the ``in_features`` of an MLP that flattens its input."""
        return math.prod(self.input_shape)


@dataclass(frozen=True)
class TabularSplits:
    """Train/val/test splits of a tabular dataset, with the raw sensitive attributes kept aside for fairness audits.

    Attributes:
        train, val, test: ``TensorDataset(x, y)`` with ``x`` float32 of shape ``(N, len(feature_names))``,
            standardized with the train split's mean and standard deviation, and ``y`` int64 of shape ``(N,)``
            in ``{0, 1}``.
        feature_names: name of each column of ``x``; a one-hot column is named ``"column=category"``.
        sensitive: ``sensitive[split][attribute]`` is the raw, unscaled attribute (e.g. ``"Black"``, ``"Female"``,
            an age in years) of each example of that split, as a 1-D array aligned with its rows. String
            attributes are numpy ``str`` arrays, numeric ones keep their integer dtype.
        num_classes: number of classes (2).
    """

    train: TensorDataset
    val: TensorDataset
    test: TensorDataset
    feature_names: list[str]
    sensitive: dict[str, dict[str, np.ndarray]]
    num_classes: int

    @property
    def num_features(self) -> int:
        """Number of feature columns, the ``in_features`` of a model on this table."""
        return len(self.feature_names)


def validate_split_args(seed: int, val_fraction: float, test_fraction: float) -> None:
    """Validate the arguments every offline loader takes.

    Args:
        seed: an int in ``[0, 2**32 - 1]``.
        val_fraction, test_fraction: each strictly between 0 and 1, and together below 1 to leave training data.

    Raises:
        TypeError: if an argument is not a number of the right kind.
        ValueError: if one is out of range.
    """
    validate_int("seed", seed, minimum=0, maximum=MAX_SEED)
    validate_fraction("val_fraction", val_fraction, strict=True)
    validate_fraction("test_fraction", test_fraction, strict=True)
    if val_fraction + test_fraction >= 1:
        raise ValueError(
            f"val_fraction + test_fraction must be below 1 to leave training data, "
            f"got {val_fraction!r} + {test_fraction!r} = {val_fraction + test_fraction!r}."
        )


def split_indices(
    y: np.ndarray, seed: int, val_fraction: float, test_fraction: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Stratified, seeded train/val/test row indices.

    Args:
        y: class label of each row, shape ``(N,)``.
        seed: random state of both cuts.
        val_fraction, test_fraction: share of all ``N`` rows that goes to val and to test.

    Returns:
        ``(train, val, test)`` int64 index arrays that partition ``range(N)``.
    """
    rows = np.arange(len(y))
    try:
        from sklearn.model_selection import train_test_split  # imported on use: it takes seconds

        rest, test = train_test_split(rows, test_size=test_fraction, stratify=y, random_state=seed)
        # val_fraction is a share of all rows, so rescale it to the rows left once test is removed.
        train, val = train_test_split(
            rest, test_size=val_fraction / (1 - test_fraction), stratify=y[rest], random_state=seed
        )
    except ValueError as err:
        raise ValueError(
            f"cannot make stratified splits of {len(y)} examples with val_fraction={val_fraction!r} and "
            f"test_fraction={test_fraction!r}: {err}"
        ) from err
    return train, val, test


def tensor_dataset(x: np.ndarray, y: np.ndarray, rows: np.ndarray) -> TensorDataset:
    """The examples ``x[rows]`` with labels ``y[rows]`` as a ``TensorDataset``.

    Args:
        x: examples, shape ``(N, ...)``.
        y: labels, shape ``(N,)``.
        rows: int indices into both, shape ``(M,)``.

    Returns:
        ``TensorDataset`` of tensors shaped ``(M, ...)`` and ``(M,)``, with the arrays' dtypes.
    """
    # Fancy indexing copies, so the tensors never share memory with cached or read-only arrays.
    return TensorDataset(torch.from_numpy(x[rows]), torch.from_numpy(y[rows]))


def classification_splits(x: np.ndarray, y: np.ndarray, seed: int, val_fraction: float, test_fraction: float) -> Splits:
    """Stratified, seeded train/val/test splits of a classification dataset.

    Args:
        x: float32 examples of shape ``(N, *input_shape)``.
        y: int64 labels of shape ``(N,)`` in ``[0, num_classes)``.
        seed, val_fraction, test_fraction: as for :func:`split_indices`.

    Returns:
        :class:`Splits`, with ``num_classes = y.max() + 1`` and ``input_shape = x.shape[1:]``.
    """
    parts = split_indices(y, seed, val_fraction, test_fraction)
    train, val, test = (tensor_dataset(x, y, rows) for rows in parts)
    return Splits(train, val, test, num_classes=int(y.max()) + 1, input_shape=tuple(x.shape[1:]))
