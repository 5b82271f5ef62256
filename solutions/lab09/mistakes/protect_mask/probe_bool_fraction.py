# mistake: isinstance(fraction, (int, float)) check: True accepted
# expect: TypeError
def protect_mask(scores, fraction):

    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating point")
    if not isinstance(fraction, (int, float, np.floating, np.integer)):
        raise TypeError("fraction")
    if not 0 <= fraction <= 1:
        raise ValueError("fraction")

    n = scores.numel()
    k = round(fraction * n)
    order = torch.sort(scores.detach().flatten(), descending=True, stable=True).indices
    mask = torch.zeros(n, dtype=torch.bool, device=scores.device)
    mask[order[:k]] = True
    return mask.reshape(scores.shape)
