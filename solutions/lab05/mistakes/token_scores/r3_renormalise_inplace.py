# mistake: renormalises the rows in place first (attention /= row sums): modifies the input
# expect: token_scores
def token_scores(attention):
    validate_type("attention", attention, torch.Tensor)
    if not attention.is_floating_point():
        raise TypeError("attention must be floating-point")
    if attention.dim() != 4 or attention.shape[-1] != attention.shape[-2] or attention.shape[1] == 0:
        raise ValueError("attention must be (B, H, L, L) with H >= 1")
    with torch.no_grad():
        attention /= attention.sum(dim=-1, keepdim=True)
    return attention.mean(dim=(1, 2))
