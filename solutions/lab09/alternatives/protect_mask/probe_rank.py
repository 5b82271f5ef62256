# alternative: rank by counting larger and earlier-equal scores (O(n^2) comparisons)
def protect_mask(scores, fraction):

    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating point")
    fraction = validate_fraction("fraction", fraction)

    x = scores.detach().flatten()
    n = x.numel()
    k = round(fraction * n)
    idx = torch.arange(n, device=x.device)
    greater = (x.unsqueeze(0) > x.unsqueeze(1)).sum(1)
    earlier_equal = ((x.unsqueeze(0) == x.unsqueeze(1)) & (idx.unsqueeze(0) < idx.unsqueeze(1))).sum(1)
    return ((greater + earlier_equal) < k).reshape(scores.shape).clone()
