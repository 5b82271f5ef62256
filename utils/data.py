"""Datasets for the labs: offline ones that need no network, and cached downloads of the classic vision sets.

Offline loaders (:func:`load_digits`, :func:`load_mnist1d`, :func:`load_arrests`, :func:`load_hearts`,
:func:`load_python_docs_text`) build everything from files shipped with installed packages, so a lab that
uses them runs the same on a laptop, in CI and on an air-gapped grading machine. Their train/val/test splits
are stratified and seeded: the same arguments always give identical tensors.

:func:`load_vision_dataset` reads MNIST, Fashion-MNIST and CIFAR-10 from torchvision's on-disk layout under
:func:`data_dir` and only downloads (through torchvision, which verifies checksums) when the files are missing
and downloading is allowed. Set ``$MCL_OFFLINE=1`` to forbid downloads.
"""
from __future__ import annotations

import functools
import math
import numbers
import os
import pickle
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from sklearn import datasets as sklearn_datasets
from sklearn.model_selection import train_test_split
from torch.utils.data import TensorDataset

DATA_DIR_ENV = "MCL_DATA_DIR"
OFFLINE_ENV = "MCL_OFFLINE"

_TRUTHY = frozenset({"1", "true", "yes"})
_SPLIT_NAMES = ("train", "val", "test")
_MAX_SEED = 2**32 - 1  # the largest seed numpy's legacy generator, which mnist1d reseeds, accepts


def data_dir() -> Path:
    """The folder where downloaded datasets are cached.

    Returns:
        ``$MCL_DATA_DIR`` (with ``~`` expanded) when that variable is set and non-empty,
        otherwise ``~/.cache/model-compression-labs``. The folder is not created here.
    """
    configured = os.environ.get(DATA_DIR_ENV, "")
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".cache" / "model-compression-labs"


class DatasetUnavailableError(RuntimeError):
    """A dataset is not in the cache and could not be downloaded.

    The message names the folder that was searched, how to fill it, and the offline loaders to use instead.
    """


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


# ---------------------------------------------------------------------------------------------------------------
# Validation and splitting shared by the offline loaders.


def _check_seed(seed: int) -> None:
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or not 0 <= seed <= _MAX_SEED:
        raise ValueError(f"seed must be an int in [0, {_MAX_SEED}], got {seed!r}.")


def _check_fractions(val_fraction: float, test_fraction: float) -> None:
    for name, value in (("val_fraction", val_fraction), ("test_fraction", test_fraction)):
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or not 0 < value < 1:
            raise ValueError(f"{name} must be a number strictly between 0 and 1, got {value!r}.")
    if val_fraction + test_fraction >= 1:
        raise ValueError(
            f"val_fraction + test_fraction must be below 1 to leave training data, "
            f"got {val_fraction!r} + {test_fraction!r} = {val_fraction + test_fraction!r}."
        )


def _split_indices(
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


def _tensor_dataset(x: np.ndarray, y: np.ndarray, rows: np.ndarray) -> TensorDataset:
    # Fancy indexing copies, so the tensors never share memory with cached or read-only arrays.
    return TensorDataset(torch.from_numpy(x[rows]), torch.from_numpy(y[rows]))


def _classification_splits(
    x: np.ndarray, y: np.ndarray, seed: int, val_fraction: float, test_fraction: float
) -> Splits:
    """Split float32 examples ``x`` of shape ``(N, ...)`` and int64 labels ``y`` of shape ``(N,)``."""
    parts = _split_indices(y, seed, val_fraction, test_fraction)
    train, val, test = (_tensor_dataset(x, y, rows) for rows in parts)
    return Splits(train, val, test, num_classes=int(y.max()) + 1, input_shape=tuple(x.shape[1:]))


# ---------------------------------------------------------------------------------------------------------------
# Offline classification datasets.


def load_digits(seed: int = 0, val_fraction: float = 0.15, test_fraction: float = 0.15) -> Splits:
    """scikit-learn's 1,797 handwritten digits (8x8 pixels, 10 classes), split into train/val/test.

    Args:
        seed: random state of the stratified split.
        val_fraction: share of all examples in the val split, in (0, 1).
        test_fraction: share of all examples in the test split, in (0, 1); with ``val_fraction`` below 1.

    Returns:
        :class:`Splits` with ``x`` float32 of shape ``(N, 1, 8, 8)`` in ``[0, 1]`` (the raw 0-16 intensities
        divided by 16) and ``y`` int64 in ``[0, 10)``; ``input_shape == (1, 8, 8)``.
    """
    _check_seed(seed)
    _check_fractions(val_fraction, test_fraction)
    digits = sklearn_datasets.load_digits()
    x = (digits.images / 16.0).astype(np.float32)[:, None]
    y = digits.target.astype(np.int64)
    return _classification_splits(x, y, seed, val_fraction, test_fraction)


@functools.lru_cache(maxsize=8)
def _generate_mnist1d(num_samples: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Generate MNIST-1D locally; cached because it takes seconds and notebooks often reload.

    Returns:
        read-only ``x`` float32 of shape ``(num_samples, 40)`` and ``y`` int64 of shape ``(num_samples,)``,
        mnist1d's own train and test parts concatenated.
    """
    # Imported here because it takes about a second and only this loader needs it.
    from mnist1d.data import get_dataset_args, make_dataset

    args = get_dataset_args()
    args.num_samples = num_samples
    args.seed = seed
    # make_dataset reseeds the global `random` and `np.random` generators; restore them so that loading data
    # does not silently change the random draws a notebook makes afterwards.
    python_state, numpy_state = random.getstate(), np.random.get_state()
    try:
        generated = make_dataset(args)
    finally:
        random.setstate(python_state)
        np.random.set_state(numpy_state)
    x = np.concatenate([generated["x"], generated["x_test"]]).astype(np.float32)
    y = np.concatenate([generated["y"], generated["y_test"]]).astype(np.int64)
    # Every caller gets these same cached arrays, so nobody may modify them in place.
    x.setflags(write=False)
    y.setflags(write=False)
    return x, y


def load_mnist1d(
    num_samples: int = 5000, seed: int = 0, val_fraction: float = 0.15, test_fraction: float = 0.15
) -> Splits:
    """MNIST-1D (Greydanus 2020): 10 classes of 1-D signals of length 40, generated locally, split into train/val/test.

    Nothing is downloaded: the signals are generated by ``mnist1d.data.make_dataset``, which takes a few
    seconds for 5,000 samples; the result is cached in-process per ``(num_samples, seed)``.

    Args:
        num_samples: total number of examples, a positive multiple of 10 (mnist1d makes equally many per class).
        seed: seeds both the generation and the stratified split.
        val_fraction: share of all examples in the val split, in (0, 1).
        test_fraction: share of all examples in the test split, in (0, 1); with ``val_fraction`` below 1.

    Returns:
        :class:`Splits` with ``x`` float32 of shape ``(N, 40)`` (mnist1d standardizes the whole set to mean 0,
        standard deviation 1) and ``y`` int64 in ``[0, 10)``; ``input_shape == (40,)``.
    """
    if isinstance(num_samples, bool) or not isinstance(num_samples, numbers.Integral) or num_samples <= 0:
        raise ValueError(f"num_samples must be a positive int, got {num_samples!r}.")
    if num_samples % 10:
        raise ValueError(f"num_samples must be a multiple of 10 (one tenth per class), got {num_samples}.")
    _check_seed(seed)
    _check_fractions(val_fraction, test_fraction)
    x, y = _generate_mnist1d(int(num_samples), int(seed))
    return _classification_splits(x, y, seed, val_fraction, test_fraction)


# ---------------------------------------------------------------------------------------------------------------
# Offline tabular datasets with sensitive attributes.


def _attribute_values(column: pd.Series) -> np.ndarray:
    # A str array compares and groups like any numpy array; pandas' string dtype would become an object array.
    if pd.api.types.is_numeric_dtype(column):
        return column.to_numpy()
    return column.to_numpy(dtype=str)


def _tabular_splits(
    frame: pd.DataFrame,
    target: str,
    categorical: tuple[str, ...],
    sensitive: tuple[str, ...],
    seed: int,
    val_fraction: float,
    test_fraction: float,
) -> TabularSplits:
    """One-hot encode, split and standardize a table whose ``target`` column already holds 0/1 labels."""
    y = frame[target].to_numpy(dtype=np.int64)
    # The categories come from the whole table rather than the train split, so the columns are the same for
    # every seed and a rare category that lands only in val or test still has one. This uses neither labels
    # nor statistics, so nothing leaks from val/test into training.
    features = pd.get_dummies(frame.drop(columns=target), columns=list(categorical), prefix_sep="=", dtype=float)
    x = features.to_numpy(dtype=np.float64)
    rows = dict(zip(_SPLIT_NAMES, _split_indices(y, seed, val_fraction, test_fraction)))
    mean = x[rows["train"]].mean(axis=0)
    std = x[rows["train"]].std(axis=0)
    # A column constant on train (a category absent from it) is only centred, not divided by zero.
    x = ((x - mean) / np.where(std > 0, std, 1.0)).astype(np.float32)
    datasets = {name: _tensor_dataset(x, y, split_rows) for name, split_rows in rows.items()}
    raw = {column: _attribute_values(frame[column]) for column in sensitive}
    by_split = {name: {column: values[part] for column, values in raw.items()} for name, part in rows.items()}
    feature_names = [str(name) for name in features.columns]
    return TabularSplits(**datasets, feature_names=feature_names, sensitive=by_split, num_classes=2)


def load_arrests(seed: int = 0, val_fraction: float = 0.15, test_fraction: float = 0.15) -> TabularSplits:
    """Toronto arrests for marijuana possession (scikit-lego): predict whether the arrestee was released.

    5,226 rows. Features: ``year``, ``age``, ``checks`` (number of police databases the name appeared in) and
    one-hot ``colour``, ``sex``, ``employed``, ``citizen``. Target: ``released`` (Yes -> 1, No -> 0).

    The sensitive attributes ``colour``, ``sex`` and ``age`` stay among the features, as in fairness audits of
    such data: the question is what a model that sees them does to each group, and removing them would not
    remove their information, which other columns carry too. Their raw values are also in ``sensitive``.

    Args:
        seed: random state of the split, stratified on the target.
        val_fraction: share of all rows in the val split, in (0, 1).
        test_fraction: share of all rows in the test split, in (0, 1); with ``val_fraction`` below 1.

    Returns:
        :class:`TabularSplits` with float32 features standardized with train statistics, int64 targets in
        ``{0, 1}``, and ``sensitive[split]`` holding ``"colour"``, ``"sex"`` (str arrays) and ``"age"`` (int).
    """
    _check_seed(seed)
    _check_fractions(val_fraction, test_fraction)
    # Imported here because it takes more than a second and only the tabular loaders need it.
    from sklego import datasets as sklego_datasets

    frame = sklego_datasets.load_arrests(as_frame=True)
    released = frame["released"].map({"No": 0, "Yes": 1})
    if released.isna().any():
        raise ValueError(f"unexpected 'released' values in scikit-lego's arrests table: {set(frame['released'])}.")
    return _tabular_splits(
        frame.assign(released=released),
        target="released",
        categorical=("colour", "sex", "employed", "citizen"),
        sensitive=("colour", "sex", "age"),
        seed=seed,
        val_fraction=val_fraction,
        test_fraction=test_fraction,
    )


def load_hearts(seed: int = 0, val_fraction: float = 0.15, test_fraction: float = 0.15) -> TabularSplits:
    """Cleveland heart-disease table (scikit-lego): predict ``target`` (1 = heart disease).

    303 rows. The coded nominal columns ``cp`` (chest-pain type), ``restecg``, ``slope`` and ``thal`` are
    one-hot encoded; the others, including the 0/1 columns ``sex`` (1 = male), ``fbs`` and ``exang``, are
    used as numbers. The sensitive attributes ``sex`` and ``age`` stay among the features (see
    :func:`load_arrests` for why) and their raw values are also in ``sensitive``.

    Args:
        seed: random state of the split, stratified on the target.
        val_fraction: share of all rows in the val split, in (0, 1).
        test_fraction: share of all rows in the test split, in (0, 1); with ``val_fraction`` below 1.

    Returns:
        :class:`TabularSplits` with float32 features standardized with train statistics, int64 targets in
        ``{0, 1}``, and ``sensitive[split]`` holding ``"sex"`` and ``"age"`` as int arrays.
    """
    _check_seed(seed)
    _check_fractions(val_fraction, test_fraction)
    from sklego import datasets as sklego_datasets

    return _tabular_splits(
        sklego_datasets.load_hearts(as_frame=True),
        target="target",
        categorical=("cp", "restecg", "slope", "thal"),
        sensitive=("sex", "age"),
        seed=seed,
        val_fraction=val_fraction,
        test_fraction=test_fraction,
    )


def load_python_docs_text() -> str:
    """English prose from the Python language reference, as shipped with CPython for ``help()``.

    Returns:
        the entries of ``pydoc_data.topics.topics`` in sorted key order, each without trailing whitespace,
        separated by one blank line. Sorting makes the text independent of the dict's order; it still
        differs between Python versions, whose documentation differs.
    """
    from pydoc_data.topics import topics

    return "\n\n".join(topics[key].rstrip() for key in sorted(topics))


# ---------------------------------------------------------------------------------------------------------------
# Cached vision datasets in torchvision's on-disk layout, read by our own parsers.

_IDX_UNSIGNED_BYTE = 0x08
_MNIST_FILES = (
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
)
_CIFAR_TRAIN_FILES = tuple(f"data_batch_{number}" for number in range(1, 6))
_CIFAR_TEST_FILE = "test_batch"
_CIFAR_PIXELS = 3 * 32 * 32


def _corrupted(path: Path, problem: str) -> ValueError:
    return ValueError(f"{path} is corrupted: {problem}. Delete it so that it is downloaded again.")


def _read_idx(path: Path, ndim: int) -> np.ndarray:
    """Read an IDX file of unsigned bytes, the format of MNIST and Fashion-MNIST.

    The file is a 4-byte magic number ``0x000008NN`` (unsigned bytes, ``NN`` dimensions), ``NN`` big-endian
    uint32 sizes, then the values in row-major order.

    Args:
        path: the file.
        ndim: the number of dimensions it must have (3 for images, 1 for labels).

    Returns:
        read-only uint8 array of the shape in the header.

    Raises:
        ValueError: naming the file, if its magic number, dimensions or length are wrong.
    """
    raw = path.read_bytes()
    header_size = 4 + 4 * ndim
    if len(raw) < header_size:
        raise _corrupted(path, f"it has {len(raw)} bytes, fewer than the {header_size}-byte IDX header")
    magic = int.from_bytes(raw[:4], "big")
    expected = (_IDX_UNSIGNED_BYTE << 8) | ndim
    if magic != expected:
        raise _corrupted(
            path, f"IDX magic number is 0x{magic:08x}, expected 0x{expected:08x} (unsigned bytes, {ndim} dimensions)"
        )
    shape = tuple(int(size) for size in np.frombuffer(raw, dtype=">u4", count=ndim, offset=4))
    if len(raw) - header_size != math.prod(shape):
        raise _corrupted(
            path, f"header promises {math.prod(shape)} values of shape {shape}, file holds {len(raw) - header_size}"
        )
    return np.frombuffer(raw, dtype=np.uint8, offset=header_size).reshape(shape)


def _image_dataset(images: np.ndarray, labels: np.ndarray) -> TensorDataset:
    """uint8 images ``(N, C, H, W)`` and integer labels ``(N,)`` -> float32 in [0, 1] and int64 tensors."""
    x = torch.from_numpy(images.astype(np.float32)).div_(255)
    return TensorDataset(x, torch.from_numpy(labels.astype(np.int64)))


def _read_idx_pair(folder: Path, images_file: str, labels_file: str) -> TensorDataset:
    images = _read_idx(folder / images_file, ndim=3)
    labels = _read_idx(folder / labels_file, ndim=1)
    if len(images) != len(labels):
        raise _corrupted(
            folder / labels_file, f"it has {len(labels)} labels for the {len(images)} images of {images_file}"
        )
    return _image_dataset(images[:, None], labels)


def _read_mnist_folder(folder: Path) -> tuple[TensorDataset, TensorDataset]:
    train_images, train_labels, test_images, test_labels = _MNIST_FILES
    return _read_idx_pair(folder, train_images, train_labels), _read_idx_pair(folder, test_images, test_labels)


def _read_cifar_batch(path: Path) -> tuple[np.ndarray, np.ndarray]:
    """Read one CIFAR-10 batch pickle.

    Returns:
        uint8 images of shape ``(N, 3, 32, 32)`` and int64 labels of shape ``(N,)``.

    Raises:
        ValueError: naming the file, if it is not a readable batch.
    """
    try:
        with path.open("rb") as file:
            # CIFAR's authors pickled with Python 2, whose str keys only load as bytes under encoding="bytes".
            # These files come from the user's own cache, which torchvision filled after verifying checksums.
            batch = pickle.load(file, encoding="bytes")
    except (pickle.UnpicklingError, EOFError, ValueError) as err:
        raise _corrupted(path, f"it cannot be unpickled ({err})") from err
    if not isinstance(batch, dict) or b"data" not in batch or b"labels" not in batch:
        raise _corrupted(path, 'it is not a dict with the keys b"data" and b"labels"')
    data, labels = np.asarray(batch[b"data"]), np.asarray(batch[b"labels"], dtype=np.int64)
    if data.dtype != np.uint8 or data.ndim != 2 or data.shape[1] != _CIFAR_PIXELS:
        raise _corrupted(path, f"b\"data\" is {data.dtype} of shape {data.shape}, expected uint8 (N, {_CIFAR_PIXELS})")
    if labels.shape != (len(data),):
        raise _corrupted(path, f"it has {labels.size} labels for {len(data)} images")
    # Each row holds the red, then green, then blue 32x32 plane, row-major: exactly (3, 32, 32) order.
    return data.reshape(-1, 3, 32, 32), labels


def _read_cifar_folder(folder: Path) -> tuple[TensorDataset, TensorDataset]:
    train_batches = [_read_cifar_batch(folder / name) for name in _CIFAR_TRAIN_FILES]
    train_images = np.concatenate([images for images, _ in train_batches])
    train_labels = np.concatenate([labels for _, labels in train_batches])
    return _image_dataset(train_images, train_labels), _image_dataset(*_read_cifar_batch(folder / _CIFAR_TEST_FILE))


@dataclass(frozen=True)
class _VisionSource:
    """Where a vision dataset lives under the data root, and how to fetch and read it."""

    folder: str
    files: tuple[str, ...]
    torchvision_class: str
    read: Callable[[Path], tuple[TensorDataset, TensorDataset]]


_VISION_SOURCES = {
    "mnist": _VisionSource("MNIST/raw", _MNIST_FILES, "MNIST", _read_mnist_folder),
    "fashion_mnist": _VisionSource("FashionMNIST/raw", _MNIST_FILES, "FashionMNIST", _read_mnist_folder),
    "cifar10": _VisionSource(
        "cifar-10-batches-py", (*_CIFAR_TRAIN_FILES, _CIFAR_TEST_FILE), "CIFAR10", _read_cifar_folder
    ),
}


def _download_blocker(download: bool | None) -> str | None:
    """Why downloading is not allowed, or None when it is."""
    if download is False:
        return "download=False was passed"
    if download is None and os.environ.get(OFFLINE_ENV, "").strip().lower() in _TRUTHY:
        return f"${OFFLINE_ENV} is set to {os.environ[OFFLINE_ENV]!r}"
    return None


def _unavailable(name: str, folder: Path, missing: list[str], root: Path, reason: str) -> DatasetUnavailableError:
    return DatasetUnavailableError(
        f"Dataset {name!r} is not cached: {folder} lacks {', '.join(missing)}, and {reason}. "
        f"To fill the cache, set ${DATA_DIR_ENV} to a folder that already holds it, or run once with network "
        f"access (download=True, or download=None with ${OFFLINE_ENV} unset) to save it under {root}. "
        f"To work offline instead, use utils.data.load_digits() or utils.data.load_mnist1d()."
    )


def _missing_files(folder: Path, source: _VisionSource) -> list[str]:
    return [file for file in source.files if not (folder / file).is_file()]


def _fetch(name: str, source: _VisionSource, root: Path, download: bool | None) -> None:
    """Make sure the files of ``source`` are under ``root``, downloading them through torchvision if allowed."""
    folder = root / source.folder
    missing = _missing_files(folder, source)
    if not missing:
        return
    blocker = _download_blocker(download)
    if blocker is not None:
        raise _unavailable(name, folder, missing, root, f"downloading is not allowed because {blocker}")
    # Imported here because it takes seconds and is only needed to download.
    import torchvision.datasets

    dataset_class = getattr(torchvision.datasets, source.torchvision_class)
    try:
        # One split is enough: torchvision downloads the files of both.
        dataset_class(str(root), train=True, download=True)
    except (OSError, RuntimeError) as err:
        raise _unavailable(name, folder, missing, root, f"downloading it failed ({err})") from err
    missing = _missing_files(folder, source)
    if missing:
        raise _unavailable(name, folder, missing, root, "the download finished without creating these files")


def load_vision_dataset(
    name: str, root: str | Path | None = None, download: bool | None = None
) -> tuple[TensorDataset, TensorDataset]:
    """Load MNIST, Fashion-MNIST or CIFAR-10 from the cache, downloading it first if needed and allowed.

    The cache uses torchvision's layout: ``root/MNIST/raw/`` and ``root/FashionMNIST/raw/`` hold the four
    uncompressed IDX files (``train-images-idx3-ubyte`` ...), ``root/cifar-10-batches-py/`` holds the pickles
    ``data_batch_1`` ... ``data_batch_5`` and ``test_batch``. A download goes through torchvision, which
    verifies checksums; reading is done here, so it works on any files in these formats.

    Args:
        name: ``"mnist"``, ``"fashion_mnist"`` or ``"cifar10"``.
        root: the cache folder; defaults to :func:`data_dir`.
        download: ``True`` to download missing files, ``False`` never to, ``None`` to download unless
            ``$MCL_OFFLINE`` is ``1``, ``true`` or ``yes``.

    Returns:
        ``(train, test)`` ``TensorDataset(x, y)`` pairs with ``x`` float32 in ``[0, 1]`` (pixel / 255) of shape
        ``(N, 1, 28, 28)`` for MNIST and Fashion-MNIST or ``(N, 3, 32, 32)`` for CIFAR-10, and ``y`` int64 of
        shape ``(N,)``. The full sets take about 200 MB (MNIST) and 700 MB (CIFAR-10) of memory.

    Raises:
        ValueError: for an unknown ``name`` or a corrupted file (the message names the file).
        DatasetUnavailableError: if the files are missing and cannot be downloaded.
    """
    if name not in _VISION_SOURCES:
        raise ValueError(f"unknown vision dataset {name!r}; valid names are {', '.join(map(repr, _VISION_SOURCES))}.")
    if download is not None and not isinstance(download, bool):
        raise ValueError(f"download must be True, False or None, got {download!r}.")
    root = data_dir() if root is None else Path(root).expanduser()
    source = _VISION_SOURCES[name]
    _fetch(name, source, root, download)
    return source.read(root / source.folder)
