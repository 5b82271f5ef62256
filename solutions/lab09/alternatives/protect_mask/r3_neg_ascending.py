# alternative: stable ascending sort of -scores (double), lower index first among ties
def protect_mask(scores, fraction):
    if not isinstance(scores, torch.Tensor):
        raise TypeError("scores must be a tensor")
    if not torch.is_floating_point(scores):
        raise TypeError("scores must be floating point")
    if isinstance(fraction, bool) or not isinstance(fraction, (int, float, np.integer, np.floating)):
        raise TypeError("fraction must be a real number")
    if not 0 <= fraction <= 1:
        raise ValueError("fraction must be in [0, 1]")
    k = round(float(fraction) * scores.numel())
    neg = -(scores.detach().flatten().to(torch.float64))
    order = torch.argsort(neg, stable=True)
    chosen = torch.zeros(scores.numel(), dtype=torch.bool, device=scores.device)
    chosen[order[:k]] = True
    return chosen.view(scores.shape)
