# alternative: normalises with a float64 tensor sum, then casts each score back to its dtype
def snip_masks(
    model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor, sparsity: float
) -> tuple[dict[str, torch.Tensor], dict[str, torch.Tensor]]:
    validate_type("model", model, nn.Module)
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("inputs must hold at least one sample")
    validate_type("targets", targets, torch.Tensor)
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 labels of shape (N,)")
    sparsity = validate_fraction("sparsity", sparsity)
    raw = taylor_saliency(model, inputs, targets)
    total = torch.stack([s.double().sum() for s in raw.values()]).sum()
    scores = {name: (s.double() / total).to(s.dtype) if total > 0 else s for name, s in raw.items()}
    return scores, scores_to_mask(scores, sparsity, "global")
