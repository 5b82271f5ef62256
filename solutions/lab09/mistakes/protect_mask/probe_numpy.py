# mistake: uses .numpy() (fails with requires_grad and on meta)
# expect: meta
def protect_mask(scores, fraction):

    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating point")
    fraction = validate_fraction("fraction", fraction)

    a = scores.detach().cpu().numpy().ravel()
    k = round(fraction * a.size)
    order = np.argsort(-a.astype(np.float64), kind="stable")
    mask = np.zeros(a.size, dtype=bool)
    mask[order[:k]] = True
    return torch.from_numpy(mask).reshape(scores.shape).to(scores.device)
