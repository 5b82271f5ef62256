# mistake: normalises -0.0 to 0.0 in place (scores.add_(0.0))
# expect: unchanged
def protect_mask(scores, fraction):

    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating point")
    fraction = validate_fraction("fraction", fraction)

    with torch.no_grad():
        scores.add_(0.0)

    n = scores.numel()
    k = round(fraction * n)
    order = torch.sort(scores.detach().flatten(), descending=True, stable=True).indices
    mask = torch.zeros(n, dtype=torch.bool, device=scores.device)
    mask[order[:k]] = True
    return mask.reshape(scores.shape)
