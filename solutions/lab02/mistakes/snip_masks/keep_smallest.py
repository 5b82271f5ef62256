# mistake: keeps the smallest scores instead of the largest
# wrong on: hand_case at 0.5
# expect: LARGEST
def snip_masks(
    model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor, sparsity: float
) -> tuple[dict[str, torch.Tensor], dict[str, torch.Tensor]]:
    if isinstance(sparsity, bool) or not isinstance(sparsity, (int, float)):
        raise TypeError(f"sparsity must be a real number, got {sparsity!r}")
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must be in [0, 1], got {sparsity!r}")
    raw = taylor_saliency(model, inputs, targets)
    total = sum(float(s.double().sum()) for s in raw.values())
    scores = {name: s / total if total > 0 else s for name, s in raw.items()}
    return scores, scores_to_mask({n: -s for n, s in scores.items()}, sparsity, "global")
