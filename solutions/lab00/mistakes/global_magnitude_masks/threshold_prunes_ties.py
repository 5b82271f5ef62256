# mistake: uses one global threshold test |w| <= (k-th smallest |w|), which prunes every entry tied with the k-th smallest
# wrong on: global_magnitude_masks({"a": torch.tensor([2.0, 1.0]), "b": torch.tensor([1.0, 2.0])}, 0.25): prunes both entries equal to 1.0 instead of only a[1]
# expect: comes first in the concatenation
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    scores = torch.cat([w.detach().abs().flatten() for w in weights.values()])
    k = round(sparsity * scores.numel())
    if k == 0:
        return {name: torch.ones_like(w) for name, w in weights.items()}
    threshold = torch.kthvalue(scores, k).values
    return {name: (w.detach().abs() > threshold).to(w.dtype) for name, w in weights.items()}
