"""MNIST, Fashion-MNIST and CIFAR-10 in torchvision's on-disk layout, read by our own parsers.

:func:`load_vision_dataset` reads the files under :func:`data_dir` and only downloads (through torchvision, which
verifies checksums) when they are missing and downloading is allowed. Set ``$MCL_OFFLINE=1`` to forbid downloads;
a dataset that is then missing raises :class:`DatasetUnavailableError`, which names the cache folder and the
offline loaders to use instead.
"""

from __future__ import annotations

import math
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from torch.utils.data import TensorDataset

from utils.validation import validate_choice, validate_type

DATA_DIR_ENV = "MCL_DATA_DIR"
OFFLINE_ENV = "MCL_OFFLINE"

_TRUTHY = frozenset({"1", "true", "yes"})


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
        raise _corrupted(path, f'b"data" is {data.dtype} of shape {data.shape}, expected uint8 (N, {_CIFAR_PIXELS})')
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
        TypeError: if ``download`` is not a bool or None.
        ValueError: for an unknown ``name`` or a corrupted file (the message names the file).
        DatasetUnavailableError: if the files are missing and cannot be downloaded.
    """
    validate_choice("name", name, _VISION_SOURCES)
    validate_type("download", download, (bool, type(None)))
    root = data_dir() if root is None else Path(root).expanduser()
    source = _VISION_SOURCES[name]
    _fetch(name, source, root, download)
    return source.read(root / source.folder)
