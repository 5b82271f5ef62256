# mistake: returns the flat mask
# expect: shape
def protect_mask(scores, fraction):

    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating point")
    fraction = validate_fraction("fraction", fraction)

    n = scores.numel()
    k = round(fraction * n)
    order = torch.sort(scores.detach().flatten(), descending=True, stable=True).indices
    mask = torch.zeros(n, dtype=torch.bool, device=scores.device)
    mask[order[:k]] = True
    return mask
