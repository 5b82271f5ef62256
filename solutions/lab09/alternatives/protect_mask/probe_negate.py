# alternative: stable ascending sort of the negated scores in float64
def protect_mask(scores, fraction):

    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating point")
    fraction = validate_fraction("fraction", fraction)

    n = scores.numel()
    k = round(fraction * n)
    order = torch.argsort(-scores.detach().flatten().double(), stable=True)
    mask = torch.zeros(n, dtype=torch.bool, device=scores.device)
    mask[order[:k]] = True
    return mask.view(scores.shape)
