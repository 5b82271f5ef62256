# mistake: casts every |w| to float32 before concatenating, so float64 values that differ below float32 precision tie and are ranked by concatenation order
# wrong on: global_magnitude_masks({"a": torch.tensor([1.0]), "b": torch.tensor([1 - 1e-12], dtype=torch.float64)}, 0.5): returns a=[0.], b=[1.] instead of a=[1.], b=[0.] (|b| < |a| so b is the one smallest entry)
# expect: global_magnitude_masks
import torch


def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    """Magnitude masks with a single threshold shared by all tensors."""
    if not weights:
        raise ValueError("weights must hold at least one tensor")
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must be in [0, 1], got {sparsity}")
    scores = torch.cat([w.detach().abs().flatten().float().cpu() for w in weights.values()])
    k = round(sparsity * scores.numel())
    order = torch.argsort(scores, stable=True)
    keep = torch.ones(scores.numel(), dtype=torch.bool)
    keep[order[:k]] = False
    masks, start = {}, 0
    for name, w in weights.items():
        n = w.numel()
        masks[name] = keep[start : start + n].reshape(w.shape).to(dtype=w.dtype, device=w.device)
        start += n
    return masks
