# mistake: keeps every score >= the k-th largest (all ties)
# expect: ties
def protect_mask(scores, fraction):

    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating point")
    fraction = validate_fraction("fraction", fraction)

    n = scores.numel()
    k = round(fraction * n)
    if k == 0:
        return torch.zeros_like(scores, dtype=torch.bool)
    kth = torch.sort(scores.detach().flatten(), descending=True).values[k - 1]
    return scores.detach() >= kth
