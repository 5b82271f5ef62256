# mistake: validates sparsity before the batch (not signature order)
# expect: empty batch with sparsity
def snip_masks(model, inputs, targets, sparsity):
    if isinstance(sparsity, bool) or not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity out of range")
    raw = taylor_saliency(model, inputs, targets)
    total = sum(float(s.double().sum()) for s in raw.values())
    scores = {n: s / total if total > 0 else s for n, s in raw.items()}
    return scores, scores_to_mask(scores, sparsity, "global")
