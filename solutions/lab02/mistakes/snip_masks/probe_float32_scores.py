# mistake: computes the normalised scores in float32 whatever the model's dtype
# expect: dtype
def snip_masks(model, inputs, targets, sparsity):
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    if not isinstance(inputs, torch.Tensor):
        raise TypeError("inputs must be a tensor")
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("empty batch")
    if not isinstance(targets, torch.Tensor):
        raise TypeError("targets must be a tensor")
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("bad targets")
    if isinstance(sparsity, bool) or not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity out of range")
    raw = taylor_saliency(model, inputs, targets)
    total = sum(float(s.double().sum()) for s in raw.values())
    scores = {n: (s / total if total > 0 else s).float() for n, s in raw.items()}
    return scores, scores_to_mask(scores, sparsity, "global")
