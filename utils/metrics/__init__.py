"""Counting metrics for the compression labs: parameters and sparsity, MACs, storage and latency.

counts    prunable_weights (the effective, masked weights), parameter and nonzero counts, layer and global sparsity
macs      MAC formulas for conv, linear and transformer layers, and MACs counted on a real forward pass
storage   bits to store a tensor dense, as a bitmap or as COO
latency   wall-clock percentiles of repeated calls, at a fixed CPU thread count
fairness  per-group metrics and their gaps (as fairlearn's MetricFrame), demographic parity, equalized odds, the
          per-group harm of compression, pruning identified exemplars (PIEs) and critical-weight protection masks

Weight metrics look at the *prunable weights* of a model: the ``weight`` of every ``nn.Linear``, ``nn.Conv1d``
and ``nn.Conv2d`` module, keyed by the module's qualified name from ``model.named_modules()`` (``"fc1"``,
``"features.0"``; a bare layer passed as the model is keyed ``""``). For a module pruned with
:mod:`torch.nn.utils.prune` the effective (masked) weight is used, so every metric gives the same answer before
and after ``prune.remove``.
"""

from utils.metrics.counts import (
    count_nonzero_weights,
    count_parameters,
    global_sparsity,
    layer_sparsity,
    prunable_weights,
)
from utils.metrics.fairness import (
    compression_disparity,
    demographic_parity_difference,
    equalized_odds_difference,
    group_metric,
    metric_difference,
    metric_ratio,
    modal_labels,
    pie_mask,
    protect_mask,
)
from utils.metrics.latency import LatencyResult, measure_latency
from utils.metrics.macs import conv2d_macs, conv2d_output_size, linear_macs, model_macs, transformer_layer_macs
from utils.metrics.storage import STORAGE_FORMATS, storage_bits

__all__ = [
    "STORAGE_FORMATS",
    "LatencyResult",
    "compression_disparity",
    "demographic_parity_difference",
    "equalized_odds_difference",
    "group_metric",
    "metric_difference",
    "metric_ratio",
    "modal_labels",
    "pie_mask",
    "protect_mask",
    "conv2d_macs",
    "conv2d_output_size",
    "count_nonzero_weights",
    "count_parameters",
    "global_sparsity",
    "layer_sparsity",
    "linear_macs",
    "measure_latency",
    "model_macs",
    "prunable_weights",
    "storage_bits",
    "transformer_layer_macs",
]
