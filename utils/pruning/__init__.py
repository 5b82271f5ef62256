"""Reference pruning: masks, magnitude and structured pruning, schedules and sensitivity scans.

masks         the amount convention, the random baseline mask, attaching masks to a model and removing them
magnitude     magnitude masks, per tensor and global, and magnitude-pruning a whole model
structured    L-n structured masks that remove whole filters or channels
schedules     Zhu & Gupta's cubic sparsity schedule
sensitivity   per-layer sensitivity scans with a mask function of the caller's choice

Masks agree with ``torch.nn.utils.prune`` entry for entry (``tests/test_pruning.py`` proves it). Where torch
leaves ties to ``topk`` (unspecified order), we fix them: among equal scores the entry (or channel) with the
lower flat index is pruned first.
"""

from utils.pruning.magnitude import Scope, global_magnitude_masks, magnitude_mask, magnitude_prune
from utils.pruning.masks import Amount, apply_masks, count_to_prune, current_masks, random_mask, remove_masks
from utils.pruning.schedules import cubic_sparsity
from utils.pruning.sensitivity import MaskFn, sensitivity_scan
from utils.pruning.structured import ln_structured_mask

__all__ = [
    "Amount",
    "MaskFn",
    "Scope",
    "apply_masks",
    "count_to_prune",
    "cubic_sparsity",
    "current_masks",
    "global_magnitude_masks",
    "ln_structured_mask",
    "magnitude_mask",
    "magnitude_prune",
    "random_mask",
    "remove_masks",
    "sensitivity_scan",
]
