"""Reference pruning: masks, magnitude and structured pruning, schedules and sensitivity scans.

masks         the amount convention, the random baseline mask, attaching masks to a model and removing them
magnitude     magnitude masks, per tensor and global, and magnitude-pruning a whole model
structured    L-n structured masks that remove whole filters or channels
schedules     Zhu & Gupta's cubic sparsity schedule
sensitivity   per-layer sensitivity scans with a mask function of the caller's choice
budget        per-layer sparsity budgets: from a sensitivity scan and the layers' sizes to a plan that meets a
              weight budget (Lab 0)
saliency      loss-based scores (Taylor, OBD, Fisher, SNIP) and masks from any score (Lab 2)
obs           layer-wise Optimal Brain Surgeon: the damped layer Hessian and one removal with its update (Lab 2)
variational   sparse variational dropout, training-based pruning (Lab 2)
slimming      network slimming: L1 subgradient on BN scales, global channel threshold, physical channel removal
              with absorbed constants, BN folding (Lab 3)
gates         L0 hard-concrete channel gates: training sample, test-time gate, expected L0 (Lab 3)
coupled       channels coupled by a residual add: the coupled group, its importance (torch-pruning's group
              magnitude), physical removal of the whole group (Lab 3)
nm            N:M sparsity: masks (Linear, and Conv2d grouped along input channels), the N:M check, the SR-STE
              gradient, mask flip rate, channel-swap gains and applying a channel permutation (Lab 4)
transformer   the multi-head split, a layer's MAC count with heads and tokens kept, Michel et al.'s head importance
              and global head selection, physical head removal, token scores and kept tokens (Lab 5)
kv_cache      KV-cache eviction: StreamingLLM's kept positions, H2O's eviction step, a decoding loop with a policy
              (Lab 5)
llm           one-shot pruning of language models (Lab 6): Wanda's scores, per-row and N:M masks, SparseGPT's
              Hessian, column step and blockwise solver, the block-by-block driver, perplexity; import it from its
              module
lottery       lottery tickets: IMP rounds with rewinding, the re-init / random-mask / dense controls, early-bird
              tickets (Lab 8)
dynamic       dynamic sparse training: SET's and RigL's drop-and-grow step, RigL's cosine schedule, a training loop
              that moves the masks at a fixed sparsity (Lab 8)

Masks agree with ``torch.nn.utils.prune`` entry for entry (``tests/test_pruning.py`` proves it). Where torch
leaves ties to ``topk`` (unspecified order), we fix them: among equal scores the entry (or channel) with the
lower flat index is pruned first.
"""

from utils.pruning.budget import kept_weights, sparsity_plan
from utils.pruning.coupled import ChannelGroup, coupled_channel_scores, keep_top, prune_group, residual_group
from utils.pruning.dynamic import drop_and_grow, drop_fraction, train_dynamic
from utils.pruning.gates import HardConcreteGates, expected_l0, hard_concrete_sample, hard_concrete_test_gate
from utils.pruning.kv_cache import cache_megabytes, cache_nll, h2o_evict, streaming_keep
from utils.pruning.lottery import (
    early_bird_epoch,
    early_bird_mask,
    imp_masks,
    mask_distance,
    mask_overlap,
    random_mask_control,
    random_reinit,
    remaining_fraction,
    rewind,
    train_masked,
)
from utils.pruning.magnitude import Scope, global_magnitude_masks, magnitude_mask, magnitude_prune
from utils.pruning.masks import Amount, apply_masks, count_to_prune, current_masks, random_mask, remove_masks
from utils.pruning.nm import (
    flip_rate,
    greedy_permutation,
    is_nm_sparse,
    nm_mask,
    permute_block,
    srste_weight,
    swap_gains,
)
from utils.pruning.obs import layer_hessian, obs_prune_rows, obs_step
from utils.pruning.saliency import fisher_saliency, obd_saliency, scores_to_mask, snip_masks, taylor_saliency
from utils.pruning.schedules import cubic_sparsity
from utils.pruning.sensitivity import MaskFn, sensitivity_scan
from utils.pruning.slimming import (
    absorbed_bias,
    bn_l1_subgradient,
    bn_scales,
    conv_bn_chains,
    fold_bn,
    global_threshold,
    kept_channels,
    mask_channels,
    slice_block,
    slim_model,
)
from utils.pruning.structured import ln_structured_mask
from utils.pruning.transformer import (
    head_importance,
    keep_tokens,
    prune_heads,
    select_heads,
    split_heads,
    token_scores,
    transformer_macs,
)
from utils.pruning.variational import SparseVDLinear, kl_approximation

__all__ = [
    "kept_weights",
    "sparsity_plan",
    "ChannelGroup",
    "coupled_channel_scores",
    "keep_top",
    "prune_group",
    "residual_group",
    "drop_and_grow",
    "drop_fraction",
    "train_dynamic",
    "Amount",
    "HardConcreteGates",
    "MaskFn",
    "Scope",
    "SparseVDLinear",
    "absorbed_bias",
    "apply_masks",
    "bn_l1_subgradient",
    "bn_scales",
    "cache_megabytes",
    "cache_nll",
    "conv_bn_chains",
    "count_to_prune",
    "cubic_sparsity",
    "current_masks",
    "early_bird_epoch",
    "early_bird_mask",
    "expected_l0",
    "fisher_saliency",
    "flip_rate",
    "fold_bn",
    "global_magnitude_masks",
    "global_threshold",
    "greedy_permutation",
    "h2o_evict",
    "hard_concrete_sample",
    "hard_concrete_test_gate",
    "head_importance",
    "imp_masks",
    "is_nm_sparse",
    "keep_tokens",
    "kept_channels",
    "kl_approximation",
    "layer_hessian",
    "ln_structured_mask",
    "magnitude_mask",
    "magnitude_prune",
    "mask_channels",
    "mask_distance",
    "mask_overlap",
    "nm_mask",
    "obd_saliency",
    "obs_prune_rows",
    "obs_step",
    "permute_block",
    "prune_heads",
    "random_mask",
    "random_mask_control",
    "random_reinit",
    "remaining_fraction",
    "remove_masks",
    "rewind",
    "scores_to_mask",
    "select_heads",
    "sensitivity_scan",
    "slice_block",
    "slim_model",
    "snip_masks",
    "split_heads",
    "srste_weight",
    "streaming_keep",
    "swap_gains",
    "taylor_saliency",
    "token_scores",
    "train_masked",
    "transformer_macs",
]
