"""Token blocks of Python's reference documentation, for calibrating and evaluating language models offline.

The text is :func:`utils.data.load_python_docs_text` (about 465,000 characters; 113,000 tokens for SmolLM2's
tokenizer). It is tokenised once as a whole and cut at one point: the first ``CALIBRATION_SHARE`` of the tokens
feed calibration (Wanda's and SparseGPT's statistics, head importance), the rest evaluation (perplexity), so no
evaluated token was ever seen while calibrating.
"""

from __future__ import annotations

import torch

from utils.data.offline import load_python_docs_text
from utils.validation import validate_choice, validate_int

__all__ = ["CALIBRATION_SHARE", "SPLITS", "token_blocks"]

CALIBRATION_SHARE = 0.8
SPLITS = ("calibration", "evaluation")


def token_blocks(tokenizer, n_blocks: int, length: int, split: str = "calibration") -> torch.Tensor:
    """The first ``n_blocks`` consecutive, non-overlapping blocks of ``length`` tokens of one split.

    Args:
        tokenizer: a Hugging Face tokenizer (called as ``tokenizer(text).input_ids``), e.g. SmolLM2's.
        n_blocks: how many blocks, ``>= 1``.
        length: tokens per block, ``>= 1``.
        split: ``"calibration"`` (the first 80% of the tokens) or ``"evaluation"`` (the last 20%).

    Returns:
        An int64 tensor of shape ``(n_blocks, length)``; no special tokens are added.

    Raises:
        TypeError: if ``n_blocks`` or ``length`` is not an int.
        ValueError: if either is below 1, ``split`` is unknown, or the split holds fewer than
            ``n_blocks * length`` tokens (the message says how many it holds).
    """
    n_blocks = validate_int("n_blocks", n_blocks, minimum=1)
    length = validate_int("length", length, minimum=1)
    validate_choice("split", split, SPLITS)
    ids = tokenizer(load_python_docs_text(), add_special_tokens=False).input_ids
    cut = int(len(ids) * CALIBRATION_SHARE)
    part = ids[:cut] if split == "calibration" else ids[cut:]
    if n_blocks * length > len(part):
        raise ValueError(
            f"the {split} split holds {len(part)} tokens, fewer than n_blocks * length = {n_blocks * length}."
        )
    return torch.tensor(part[: n_blocks * length], dtype=torch.int64).view(n_blocks, length)
