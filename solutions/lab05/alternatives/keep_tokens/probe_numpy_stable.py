# alternative: numpy stable argsort on the negated key (specials first)
def keep_tokens(scores, keep, special):
    validate_type("scores", scores, torch.Tensor)
    if not torch.is_floating_point(scores):
        raise TypeError("scores must be floating-point")
    if scores.ndim != 2:
        raise ValueError("scores must be 2-D")
    keep = validate_int("keep", keep, 0, scores.shape[1])
    validate_type("special", special, torch.Tensor)
    if special.dtype is not torch.bool:
        raise TypeError("special must be bool")
    if tuple(special.shape) != tuple(scores.shape):
        raise ValueError("shape mismatch")
    sp = special.cpu().numpy()
    if sp.size and sp.sum(axis=1).max() > keep:
        raise ValueError("too many special tokens")
    values = scores.detach().cpu().numpy().astype(np.float64)
    key = np.where(sp, -np.inf, -values)
    order = np.argsort(key, axis=1, kind="stable")[:, :keep]
    return torch.from_numpy(np.sort(order, axis=1).astype(np.int64)).to(scores.device)
