# mistake: torch.topk (ties unspecified) instead of a stable sort
# expect: keep_tokens
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
    if bool((special.sum(dim=1) > keep).any()):
        raise ValueError("more special tokens than keep")
    key = scores.masked_fill(special, float("inf"))
    order = torch.topk(key, keep, dim=1).indices
    return order.sort(dim=1).values
