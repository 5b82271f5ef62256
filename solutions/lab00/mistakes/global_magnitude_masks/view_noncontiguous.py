# mistake: flattens each tensor with .view(-1), which fails on a non-contiguous tensor (e.g. a transposed weight)
# wrong on: global_magnitude_masks({"a": torch.tensor([[1.0, 3.0], [2.0, 4.0]]).t()}, 0.5): raises RuntimeError instead of returning {"a": tensor([[0., 0.], [1., 1.]])}
# expect: not contiguous
import torch


def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    """Magnitude masks with a single threshold shared by all tensors."""
    if not weights:
        raise ValueError("weights must hold at least one tensor")
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must be in [0, 1], got {sparsity}")
    scores = torch.cat([w.detach().abs().view(-1) for w in weights.values()])
    k = round(sparsity * scores.numel())
    order = torch.argsort(scores, stable=True)
    keep = torch.ones(scores.numel(), dtype=torch.bool, device=scores.device)
    keep[order[:k]] = False
    masks, start = {}, 0
    for name, w in weights.items():
        n = w.numel()
        masks[name] = keep[start : start + n].reshape(w.shape).to(dtype=w.dtype, device=w.device)
        start += n
    return masks
