# alternative: three stable sorts (index, then -score, then special first) in torch
def keep_tokens(scores, keep, special):
    if not isinstance(scores, torch.Tensor) or not torch.is_floating_point(scores):
        raise TypeError("scores must be a floating-point tensor")
    if scores.ndim != 2:
        raise ValueError("scores must be (B, L)")
    keep = validate_int("keep", keep, 0, scores.shape[1])
    if not isinstance(special, torch.Tensor) or special.dtype is not torch.bool:
        raise TypeError("special must be a bool tensor")
    if tuple(special.shape) != tuple(scores.shape):
        raise ValueError("special's shape differs")
    if special.sum(dim=1).gt(keep).any():
        raise ValueError("too many special tokens")
    order = torch.argsort(-scores, dim=1, stable=True)
    by_special = torch.argsort((~special.gather(1, order)).to(torch.int8), dim=1, stable=True)
    chosen = order.gather(1, by_special)[:, :keep]
    return torch.sort(chosen, dim=1).values
