# mistake: checks fraction before scores
# expect: TypeError
def protect_mask(scores, fraction):

    fraction = validate_fraction("fraction", fraction)
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating point")

    n = scores.numel()
    k = round(fraction * n)
    order = torch.sort(scores.detach().flatten(), descending=True, stable=True).indices
    mask = torch.zeros(n, dtype=torch.bool, device=scores.device)
    mask[order[:k]] = True
    return mask.reshape(scores.shape)
