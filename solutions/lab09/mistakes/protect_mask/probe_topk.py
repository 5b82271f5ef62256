# mistake: torch.topk (ties not broken by index)
# expect: ties
def protect_mask(scores, fraction):

    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating point")
    fraction = validate_fraction("fraction", fraction)

    n = scores.numel()
    k = round(fraction * n)
    idx = torch.topk(scores.detach().flatten(), k).indices
    mask = torch.zeros(n, dtype=torch.bool, device=scores.device)
    mask[idx] = True
    return mask.reshape(scores.shape)
