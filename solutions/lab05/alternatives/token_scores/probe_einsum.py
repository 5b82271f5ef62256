# alternative: einsum sum over heads and queries divided by H*L
def token_scores(attention):
    if not isinstance(attention, torch.Tensor):
        raise TypeError("attention must be a tensor")
    if not torch.is_floating_point(attention):
        raise TypeError("attention must be floating-point")
    if attention.ndim != 4 or attention.shape[2] != attention.shape[3] or attention.shape[1] < 1:
        raise ValueError("attention must be (B, H, L, L), H >= 1")
    h, l = attention.shape[1], attention.shape[2]
    return torch.einsum("bhji->bi", attention) / (h * l)
