# alternative: einsum over heads and queries, divided by H * L; shape checks first, then dtype
def token_scores(attention):
    if not isinstance(attention, torch.Tensor):
        raise TypeError("attention must be a tensor")
    if not torch.is_floating_point(attention):
        raise TypeError("attention must be a floating-point tensor")
    if attention.ndim != 4:
        raise ValueError("attention must be 4-D")
    b, h, lq, lk = attention.shape
    if lq != lk or h < 1:
        raise ValueError("bad shape")
    return torch.einsum("bhji->bi", attention) / (h * lq)
