# alternative: normalises with a float64 tensor sum, then casts each score back to its dtype
def snip_masks(
    model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor, sparsity: float
) -> tuple[dict[str, torch.Tensor], dict[str, torch.Tensor]]:
    if isinstance(sparsity, bool) or not isinstance(sparsity, (int, float)):
        raise TypeError(f"sparsity must be a real number, got {sparsity!r}")
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must be in [0, 1], got {sparsity!r}")
    raw = taylor_saliency(model, inputs, targets)
    total = torch.stack([s.double().sum() for s in raw.values()]).sum()
    scores = {name: (s.double() / total).to(s.dtype) if total > 0 else s for name, s in raw.items()}
    return scores, scores_to_mask(scores, sparsity, "global")
