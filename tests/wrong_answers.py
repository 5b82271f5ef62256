"""Plausible but wrong answers to Lab 0's graded functions, shared by the cheat and attack batches.

Every cheat carries these same answers, so whatever it scores beyond what they earn alone would be stolen.
"""

WRONG = {
    "magnitude_mask": "def magnitude_mask(weight, sparsity):\n    return torch.ones_like(weight)",
    "global_magnitude_masks": "def global_magnitude_masks(weights, sparsity):\n"
    "    return {n: torch.ones_like(w) for n, w in weights.items()}",
    "filter_l2_mask": "def filter_l2_mask(weight, sparsity):\n    return torch.ones_like(weight)",
    "sparsity_report": "def sparsity_report(model):\n    return {'global': 0.0}",
    "conv2d_macs": "def conv2d_macs(weight, input_hw, stride=1, padding=0):\n    return 1",
    "cubic_sparsity": "def cubic_sparsity(step, final_sparsity, begin_step, end_step, initial_sparsity=0.0):\n"
    "    return 0.5",
    "prune_model": "def prune_model(model, sparsity, scope):\n    return {}",
}
