# alternative: mean over queries, then mean over heads
def token_scores(attention):
    validate_type("attention", attention, torch.Tensor)
    if not attention.dtype.is_floating_point:
        raise TypeError("attention must be floating-point")
    if attention.dim() != 4 or attention.size(-1) != attention.size(-2) or attention.size(1) == 0:
        raise ValueError("bad shape")
    return attention.sum(dim=2).mean(dim=1) / attention.size(2) if attention.size(2) else attention.sum(dim=(1, 2))
