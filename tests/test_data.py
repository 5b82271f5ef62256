"""Tests of utils.data. None of them touches the network: every test runs with $MCL_OFFLINE=1, and the ones that
exercise the download path replace torchvision's dataset classes with fakes."""

from __future__ import annotations

import pickle
import random
import struct
from collections.abc import Callable
from pathlib import Path
from pydoc_data.topics import topics

import numpy as np
import pytest
import torch
import torchvision.datasets
from sklego import datasets as sklego_datasets

from utils.data import (
    DATA_DIR_ENV,
    OFFLINE_ENV,
    DatasetUnavailableError,
    Splits,
    TabularSplits,
    data_dir,
    load_arrests,
    load_digits,
    load_hearts,
    load_mnist1d,
    load_python_docs_text,
    load_vision_dataset,
)

IDX_IMAGES_MAGIC = 0x00000803
IDX_LABELS_MAGIC = 0x00000801
MNIST_FILES = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")
MNIST1D_SAMPLES = 1000  # a fifth of the default, so that generating two seeds stays well under a second each


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    # A safety net: a loader that wrongly tried to download would fail here instead of reaching the network.
    monkeypatch.setenv(OFFLINE_ENV, "1")
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)


def _all_x(splits: Splits | TabularSplits) -> list[torch.Tensor]:
    return [splits.train.tensors[0], splits.val.tensors[0], splits.test.tensors[0]]


def _all_y(splits: Splits | TabularSplits) -> list[torch.Tensor]:
    return [splits.train.tensors[1], splits.val.tensors[1], splits.test.tensors[1]]


def _row_keys(x: torch.Tensor) -> set[bytes]:
    return {row.tobytes() for row in x.reshape(len(x), -1).numpy()}


def _assert_same_splits(a: Splits | TabularSplits, b: Splits | TabularSplits) -> None:
    for tensor_a, tensor_b in zip(_all_x(a) + _all_y(a), _all_x(b) + _all_y(b), strict=True):
        assert torch.equal(tensor_a, tensor_b)


# ---------------------------------------------------------------------------------------------------------------
# data_dir


def test_data_dir_defaults_to_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert data_dir() == tmp_path / ".cache" / "model-compression-labs"


def test_data_dir_honours_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "datasets"))
    assert data_dir() == tmp_path / "datasets"


# ---------------------------------------------------------------------------------------------------------------
# digits and MNIST-1D

CLASSIFICATION_LOADERS: dict[str, tuple[Callable[[int], Splits], int, tuple[int, ...]]] = {
    "digits": (lambda seed: load_digits(seed=seed), 1797, (1, 8, 8)),
    "mnist1d": (lambda seed: load_mnist1d(num_samples=MNIST1D_SAMPLES, seed=seed), MNIST1D_SAMPLES, (40,)),
}


@pytest.fixture(params=sorted(CLASSIFICATION_LOADERS), scope="module")
def classification(request: pytest.FixtureRequest) -> tuple[Callable[[int], Splits], Splits, int, tuple[int, ...]]:
    loader, size, input_shape = CLASSIFICATION_LOADERS[request.param]
    return loader, loader(0), size, input_shape


def test_classification_shapes_and_dtypes(classification: tuple) -> None:
    _, splits, size, input_shape = classification
    assert splits.input_shape == input_shape
    assert splits.num_features == int(np.prod(input_shape))
    assert splits.num_classes == 10
    assert sum(len(part) for part in (splits.train, splits.val, splits.test)) == size
    for x, y in zip(_all_x(splits), _all_y(splits), strict=True):
        assert x.dtype == torch.float32 and x.shape[1:] == input_shape
        assert y.dtype == torch.int64 and y.shape == (len(x),)
        assert torch.isfinite(x).all()
        assert set(y.tolist()) == set(range(10))


def test_classification_split_sizes_follow_fractions(classification: tuple) -> None:
    _, splits, size, _ = classification
    assert len(splits.val) == pytest.approx(0.15 * size, abs=10)
    assert len(splits.test) == pytest.approx(0.15 * size, abs=10)


def test_digits_pixels_are_scaled_to_unit_interval() -> None:
    x = torch.cat(_all_x(load_digits()))
    assert x.min() == 0.0 and x.max() == 1.0
    # The raw intensities are integers 0..16, so scaled values are multiples of 1/16.
    assert torch.equal(x * 16, torch.round(x * 16))


def test_classification_splits_do_not_overlap(classification: tuple) -> None:
    _, splits, size, _ = classification
    train, val, test = (_row_keys(x) for x in _all_x(splits))
    # Every example of both datasets is distinct, so distinct rows mean distinct examples.
    assert len(train) + len(val) + len(test) == size
    assert not train & val and not train & test and not val & test


def test_classification_splits_are_stratified(classification: tuple) -> None:
    _, splits, _, _ = classification
    overall = torch.bincount(torch.cat(_all_y(splits)), minlength=10).double()
    overall /= overall.sum()
    for y in _all_y(splits):
        share = torch.bincount(y, minlength=10).double() / len(y)
        assert torch.allclose(share, overall, atol=0.02)


def test_classification_same_seed_gives_identical_tensors(classification: tuple) -> None:
    loader, splits, _, _ = classification
    _assert_same_splits(splits, loader(0))


def test_classification_different_seed_gives_different_split(classification: tuple) -> None:
    loader, splits, _, _ = classification
    other = loader(1)
    assert _row_keys(splits.test.tensors[0]) != _row_keys(other.test.tensors[0])


def test_mnist1d_cache_is_not_shared_with_callers() -> None:
    first = load_mnist1d(num_samples=MNIST1D_SAMPLES)
    expected = first.train.tensors[0].clone()
    first.train.tensors[0].add_(1.0)
    assert torch.equal(load_mnist1d(num_samples=MNIST1D_SAMPLES).train.tensors[0], expected)


def test_mnist1d_leaves_global_random_state_alone() -> None:
    random.seed(123)
    np.random.seed(123)
    expected = (random.random(), np.random.rand())
    random.seed(123)
    np.random.seed(123)
    load_mnist1d(num_samples=100, seed=7)  # a size and seed no other test uses, so it is really generated
    assert (random.random(), np.random.rand()) == expected


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"seed": -1}, ValueError, r"seed must be an int in \[0, 4294967295\], got -1"),
        ({"seed": 2**32}, ValueError, "seed must be an int in"),
        ({"seed": 1.5}, TypeError, "seed must be an int, got float 1.5"),
        ({"seed": True}, TypeError, "seed must be an int, got bool True"),
        ({"val_fraction": 0.0}, ValueError, "val_fraction must be a number strictly between 0 and 1, got 0.0"),
        ({"test_fraction": 1.0}, ValueError, "test_fraction must be a number strictly between 0 and 1"),
        ({"test_fraction": "0.2"}, TypeError, "test_fraction must be a real number, got str"),
        ({"val_fraction": 0.5, "test_fraction": 0.5}, ValueError, "below 1"),
    ],
)
def test_offline_loaders_validate_arguments(kwargs: dict, error: type[Exception], match: str) -> None:
    for loader in (load_digits, load_mnist1d, load_arrests, load_hearts):
        with pytest.raises(error, match=match):
            loader(**kwargs)


@pytest.mark.parametrize(
    ("num_samples", "error", "match"),
    [
        (0, ValueError, "num_samples must be an int >= 1, got 0"),
        (1005, ValueError, "num_samples must be a multiple of 10"),
        (2.0, TypeError, "num_samples must be an int, got float 2.0"),
    ],
)
def test_mnist1d_validates_num_samples(num_samples: object, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        load_mnist1d(num_samples=num_samples)


def test_too_small_split_raises_clear_error() -> None:
    with pytest.raises(ValueError, match="cannot make stratified splits of 100 examples"):
        load_mnist1d(num_samples=100, seed=7, val_fraction=0.05)


# ---------------------------------------------------------------------------------------------------------------
# arrests and hearts

TABULAR_LOADERS: dict[str, tuple[Callable[..., TabularSplits], int, tuple[str, ...]]] = {
    "arrests": (load_arrests, 5226, ("colour", "sex", "age")),
    "hearts": (load_hearts, 303, ("sex", "age")),
}


@pytest.fixture(params=sorted(TABULAR_LOADERS), scope="module")
def tabular(request: pytest.FixtureRequest) -> tuple[Callable[..., TabularSplits], TabularSplits, int, tuple[str, ...]]:
    loader, size, sensitive = TABULAR_LOADERS[request.param]
    return loader, loader(), size, sensitive


def test_tabular_shapes_dtypes_and_targets(tabular: tuple) -> None:
    _, splits, size, _ = tabular
    assert splits.num_classes == 2
    assert splits.num_features == len(splits.feature_names)
    assert sum(len(part) for part in (splits.train, splits.val, splits.test)) == size
    for x, y in zip(_all_x(splits), _all_y(splits), strict=True):
        assert x.dtype == torch.float32 and x.shape == (len(y), len(splits.feature_names))
        assert y.dtype == torch.int64 and set(y.tolist()) == {0, 1}


def test_tabular_train_features_are_standardized(tabular: tuple) -> None:
    _, splits, _, _ = tabular
    train = splits.train.tensors[0].double()
    assert torch.allclose(train.mean(dim=0), torch.zeros(train.shape[1], dtype=torch.float64), atol=1e-5)
    std = train.std(dim=0, unbiased=False)
    # A one-hot column of a category absent from train is constant there, hence standard deviation 0.
    assert torch.all(torch.isclose(std, torch.ones_like(std), atol=1e-4) | (std < 1e-6))


def test_tabular_standardization_uses_train_statistics_only(tabular: tuple) -> None:
    _, splits, _, _ = tabular
    column = splits.feature_names.index("age")
    train_age = splits.sensitive["train"]["age"].astype(np.float64)
    all_age = np.concatenate([splits.sensitive[name]["age"] for name in ("train", "val", "test")]).astype(np.float64)
    for name in ("val", "test"):
        feature = getattr(splits, name).tensors[0][:, column].double().numpy()
        raw = splits.sensitive[name]["age"].astype(np.float64)
        np.testing.assert_allclose(feature, (raw - train_age.mean()) / train_age.std(), atol=1e-5)
        # Statistics of the whole table would give measurably different features.
        assert not np.allclose(feature, (raw - all_age.mean()) / all_age.std(), atol=1e-5)


def test_tabular_sensitive_columns_align_with_splits(tabular: tuple) -> None:
    _, splits, _, sensitive = tabular
    assert set(splits.sensitive) == {"train", "val", "test"}
    for name in ("train", "val", "test"):
        assert tuple(splits.sensitive[name]) == sensitive
        for values in splits.sensitive[name].values():
            assert values.shape == (len(getattr(splits, name)),)


def test_arrests_sensitive_values_match_their_features() -> None:
    splits = load_arrests()
    black = splits.feature_names.index("colour=Black")
    female = splits.feature_names.index("sex=Female")
    for name in ("train", "val", "test"):
        x = getattr(splits, name).tensors[0]
        # Standardizing keeps the order of a one-hot column's two values, so "above its minimum" means 1.
        is_black = (x[:, black] > x[:, black].min()).numpy()
        is_female = (x[:, female] > x[:, female].min()).numpy()
        np.testing.assert_array_equal(is_black, splits.sensitive[name]["colour"] == "Black")
        np.testing.assert_array_equal(is_female, splits.sensitive[name]["sex"] == "Female")


def test_arrests_released_yes_is_one() -> None:
    released = sklego_datasets.load_arrests(as_frame=True)["released"]
    assert int(torch.cat(_all_y(load_arrests())).sum()) == int((released == "Yes").sum())


def test_hearts_sensitive_attributes_stay_features() -> None:
    assert {"sex", "age"} <= set(load_hearts().feature_names)


def test_hearts_splits_do_not_overlap() -> None:
    # Unlike arrests, hearts has no duplicate rows, so row identity is example identity.
    train, val, test = (_row_keys(x) for x in _all_x(load_hearts()))
    assert len(train) + len(val) + len(test) == 303


def test_tabular_same_seed_is_deterministic_and_seeds_differ(tabular: tuple) -> None:
    loader, splits, _, _ = tabular
    _assert_same_splits(splits, loader(seed=0))
    assert not torch.equal(splits.test.tensors[1], loader(seed=1).test.tensors[1])


# ---------------------------------------------------------------------------------------------------------------
# Python documentation text


def test_python_docs_text() -> None:
    text = load_python_docs_text()
    assert len(text) > 100_000
    assert text == load_python_docs_text()
    assert "Assert statements are a convenient way to insert debugging" in text
    assert text.startswith(topics[min(topics)].rstrip() + "\n\n")


# ---------------------------------------------------------------------------------------------------------------
# Vision datasets, read from tiny files written in the real formats


def _write_idx(path: Path, values: np.ndarray, magic: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    header = struct.pack(">I", magic) + struct.pack(f">{values.ndim}I", *values.shape)
    path.write_bytes(header + values.astype(np.uint8).tobytes())


def _fake_mnist(folder: Path) -> dict[str, np.ndarray]:
    """Write 3 train and 2 test 28x28 images, with their labels, under ``folder``; return what was written."""
    rng = np.random.default_rng(0)
    arrays = {
        "train_images": rng.integers(0, 256, size=(3, 28, 28), dtype=np.uint8),
        "train_labels": np.array([7, 0, 9], dtype=np.uint8),
        "test_images": rng.integers(0, 256, size=(2, 28, 28), dtype=np.uint8),
        "test_labels": np.array([1, 4], dtype=np.uint8),
    }
    arrays["train_images"][0, 0, :2] = (0, 255)  # make sure both ends of the range round-trip
    names = ("train_images", "train_labels", "test_images", "test_labels")
    for file, name in zip(MNIST_FILES, names, strict=True):
        _write_idx(folder / file, arrays[name], IDX_IMAGES_MAGIC if name.endswith("images") else IDX_LABELS_MAGIC)
    return arrays


def _write_cifar_batch(path: Path, images: np.ndarray, labels: list[int]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    batch = {b"batch_label": b"fake", b"data": images, b"labels": labels, b"filenames": [b"x.png"] * len(labels)}
    with path.open("wb") as file:
        pickle.dump(batch, file, protocol=2)  # the protocol of the Python 2 originals


def _fake_cifar(folder: Path) -> tuple[np.ndarray, list[int], np.ndarray, list[int]]:
    """Write five train batches of 2 images and a test batch of 3 under ``folder``; return what was written."""
    rng = np.random.default_rng(1)
    train_images = rng.integers(0, 256, size=(10, 3072), dtype=np.uint8)
    train_labels = list(range(10))
    for number in range(5):
        rows = slice(2 * number, 2 * number + 2)
        _write_cifar_batch(folder / f"data_batch_{number + 1}", train_images[rows], train_labels[rows])
    test_images = rng.integers(0, 256, size=(3, 3072), dtype=np.uint8)
    test_labels = [3, 3, 8]
    _write_cifar_batch(folder / "test_batch", test_images, test_labels)
    return train_images, train_labels, test_images, test_labels


def _scaled(pixels: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(pixels.astype(np.float32)) / 255


@pytest.mark.parametrize(("name", "folder"), [("mnist", "MNIST"), ("fashion_mnist", "FashionMNIST")])
def test_mnist_files_round_trip(tmp_path: Path, name: str, folder: str) -> None:
    written = _fake_mnist(tmp_path / folder / "raw")
    train, test = load_vision_dataset(name, root=tmp_path, download=False)
    for dataset, prefix in ((train, "train"), (test, "test")):
        x, y = dataset.tensors
        images, labels = written[f"{prefix}_images"], written[f"{prefix}_labels"]
        assert x.dtype == torch.float32 and x.shape == (len(images), 1, 28, 28)
        assert torch.equal(x[:, 0], _scaled(images))
        assert y.dtype == torch.int64 and y.tolist() == labels.tolist()
    assert train.tensors[0][0, 0, 0, 0] == 0.0 and train.tensors[0][0, 0, 0, 1] == 1.0


def test_cifar10_files_round_trip(tmp_path: Path) -> None:
    train_images, train_labels, test_images, test_labels = _fake_cifar(tmp_path / "cifar-10-batches-py")
    train, test = load_vision_dataset("cifar10", root=str(tmp_path), download=False)
    assert train.tensors[0].shape == (10, 3, 32, 32) and train.tensors[0].dtype == torch.float32
    # Batches are concatenated in order, and each row is the red, green then blue 32x32 plane.
    assert train.tensors[1].tolist() == train_labels
    assert torch.equal(train.tensors[0], _scaled(train_images).reshape(10, 3, 32, 32))
    assert train.tensors[0][4, 2, 1, 3] == float(np.float32(train_images[4, 2 * 1024 + 1 * 32 + 3]) / np.float32(255))
    assert torch.equal(test.tensors[0], _scaled(test_images).reshape(3, 3, 32, 32))
    assert test.tensors[1].dtype == torch.int64 and test.tensors[1].tolist() == test_labels


def test_vision_root_defaults_to_data_dir_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    written = _fake_mnist(tmp_path / "MNIST" / "raw")
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    train, _ = load_vision_dataset("mnist", download=False)
    assert train.tensors[1].tolist() == written["train_labels"].tolist()


def _forbid_torchvision(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("torchvision was asked to download although downloading is not allowed")

    for name in ("MNIST", "FashionMNIST", "CIFAR10"):
        monkeypatch.setattr(torchvision.datasets, name, refuse)


@pytest.mark.parametrize("download", [False, None])
@pytest.mark.parametrize(("name", "folder"), [("mnist", "MNIST/raw"), ("cifar10", "cifar-10-batches-py")])
def test_missing_dataset_raises_without_network(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, download: bool | None, name: str, folder: str
) -> None:
    _forbid_torchvision(monkeypatch)  # with download=None, only $MCL_OFFLINE=1 (set for every test) forbids it
    with pytest.raises(DatasetUnavailableError) as raised:
        load_vision_dataset(name, root=tmp_path, download=download)
    message = str(raised.value)
    assert str(tmp_path / folder) in message
    assert DATA_DIR_ENV in message and "load_digits" in message and "load_mnist1d" in message


@pytest.mark.parametrize("value", ["1", "true", "YES"])
def test_offline_environment_values_forbid_download(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    _forbid_torchvision(monkeypatch)
    monkeypatch.setenv(OFFLINE_ENV, value)
    with pytest.raises(DatasetUnavailableError, match=OFFLINE_ENV):
        load_vision_dataset("fashion_mnist", root=tmp_path)


def test_failed_download_becomes_dataset_unavailable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    failure = OSError("no route to host")

    def fail(root: str, train: bool, download: bool) -> None:
        raise failure

    monkeypatch.setattr(torchvision.datasets, "MNIST", fail)
    with pytest.raises(DatasetUnavailableError, match="no route to host") as raised:
        load_vision_dataset("mnist", root=tmp_path, download=True)
    assert raised.value.__cause__ is failure
    assert str(tmp_path / "MNIST" / "raw") in str(raised.value)


@pytest.mark.parametrize("value", ["0", ""])
def test_download_goes_through_torchvision_when_allowed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    calls: list[tuple[str, bool, bool]] = []

    def fake_download(root: str, train: bool, download: bool) -> None:
        calls.append((root, train, download))
        _fake_cifar(Path(root) / "cifar-10-batches-py")

    monkeypatch.setattr(torchvision.datasets, "CIFAR10", fake_download)
    monkeypatch.setenv(OFFLINE_ENV, value)
    train, test = load_vision_dataset("cifar10", root=tmp_path)
    assert calls == [(str(tmp_path), True, True)]
    assert len(train) == 10 and len(test) == 3
    load_vision_dataset("cifar10", root=tmp_path)
    assert len(calls) == 1, "files already in the cache must not be downloaded again"


def test_download_that_leaves_files_missing_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(torchvision.datasets, "MNIST", lambda root, train, download: None)
    with pytest.raises(DatasetUnavailableError, match="without creating"):
        load_vision_dataset("mnist", root=tmp_path, download=True)


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-5])


def _wrong_magic(path: Path) -> None:
    raw = path.read_bytes()
    path.write_bytes(struct.pack(">I", IDX_LABELS_MAGIC) + raw[4:])


def _header_only_part(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:6])


def _extra_bytes(path: Path) -> None:
    path.write_bytes(path.read_bytes() + b"\x00")


@pytest.mark.parametrize(
    ("damage", "match"),
    [
        (_truncate, "header promises 2352 values"),
        (_wrong_magic, "magic number is 0x00000801, expected 0x00000803"),
        (_header_only_part, "fewer than the 16-byte IDX header"),
        (_extra_bytes, "file holds 2353"),
    ],
)
def test_corrupted_idx_file_is_named(tmp_path: Path, damage: Callable[[Path], None], match: str) -> None:
    folder = tmp_path / "MNIST" / "raw"
    _fake_mnist(folder)
    damage(folder / "train-images-idx3-ubyte")
    with pytest.raises(ValueError, match=match) as raised:
        load_vision_dataset("mnist", root=tmp_path, download=False)
    assert str(folder / "train-images-idx3-ubyte") in str(raised.value)


def test_mismatched_label_count_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "MNIST" / "raw"
    _fake_mnist(folder)
    _write_idx(folder / "t10k-labels-idx1-ubyte", np.array([1, 2, 3], dtype=np.uint8), IDX_LABELS_MAGIC)
    with pytest.raises(ValueError, match="3 labels for the 2 images"):
        load_vision_dataset("mnist", root=tmp_path, download=False)


def test_truncated_cifar_batch_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "cifar-10-batches-py"
    _fake_cifar(folder)
    path = folder / "data_batch_3"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(ValueError, match="corrupted") as raised:
        load_vision_dataset("cifar10", root=tmp_path, download=False)
    assert str(path) in str(raised.value)


def test_cifar_batch_with_wrong_layout_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "cifar-10-batches-py"
    _fake_cifar(folder)
    _write_cifar_batch(folder / "test_batch", np.zeros((3, 1024), dtype=np.uint8), [0, 1, 2])
    with pytest.raises(ValueError, match=r"shape \(3, 1024\)") as raised:
        load_vision_dataset("cifar10", root=tmp_path, download=False)
    assert str(folder / "test_batch") in str(raised.value)


def test_unknown_vision_dataset_lists_valid_names() -> None:
    with pytest.raises(ValueError, match="name must be one of 'mnist', 'fashion_mnist', 'cifar10'; got 'imagenet'"):
        load_vision_dataset("imagenet", download=False)


@pytest.mark.parametrize("download", [0, 1, "yes"])
def test_download_argument_is_validated(tmp_path: Path, download: object) -> None:
    with pytest.raises(TypeError, match="download must be bool or None"):
        load_vision_dataset("mnist", root=tmp_path, download=download)
