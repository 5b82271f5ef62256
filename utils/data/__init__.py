"""Datasets for the labs: offline ones that need no network, and cached downloads of the classic vision sets.

splits              Splits and TabularSplits, and the stratified, seeded train/val/test splitting they share
text                token_blocks: calibration and held-out evaluation token blocks of Python's docs for language models
offline             digits, MNIST-1D, the arrests and hearts tables (with sensitive attributes), Python's docs text
torchvision_cache   MNIST, Fashion-MNIST and CIFAR-10 from a cache folder, downloaded only when allowed
"""

from utils.data.offline import load_arrests, load_digits, load_hearts, load_mnist1d, load_python_docs_text
from utils.data.splits import Splits, TabularSplits
from utils.data.text import token_blocks
from utils.data.torchvision_cache import (
    DATA_DIR_ENV,
    OFFLINE_ENV,
    DatasetUnavailableError,
    data_dir,
    load_vision_dataset,
)

__all__ = [
    "DATA_DIR_ENV",
    "OFFLINE_ENV",
    "DatasetUnavailableError",
    "Splits",
    "TabularSplits",
    "data_dir",
    "load_arrests",
    "load_digits",
    "load_hearts",
    "load_mnist1d",
    "load_python_docs_text",
    "load_vision_dataset",
    "token_blocks",
]
