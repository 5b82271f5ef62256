# alternative: sum over heads, transpose to (B, keys, queries), sum, divide
def token_scores(attention):
    validate_type("attention", attention, torch.Tensor)
    if not attention.dtype.is_floating_point:
        raise TypeError("attention must be floating-point")
    if attention.dim() != 4 or attention.shape[2] != attention.shape[3] or not attention.shape[1]:
        raise ValueError("attention must be (B, H, L, L), H >= 1")
    per_key = attention.sum(dim=1).transpose(1, 2).sum(dim=-1)
    return per_key / (attention.shape[1] * attention.shape[2])
