# mistake: never checks that a row has at most keep special tokens (drops some silently)
# expect: Error
def keep_tokens(scores, keep, special):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    validate_int("keep", keep, 0, scores.shape[1])
    validate_type("special", special, torch.Tensor)
    if special.dtype != torch.bool:
        raise TypeError("special must be a bool tensor")
    if special.shape != scores.shape:
        raise ValueError("special must have scores' shape")
    key = scores.masked_fill(special, float("inf"))
    order = torch.sort(key, dim=1, descending=True, stable=True).indices[:, :keep]
    return order.sort(dim=1).values
