# mistake: no floating-point check; sum / (H * L) returns scores for an integer tensor
# expect: Error
def token_scores(attention):
    validate_type("attention", attention, torch.Tensor)
    if attention.dim() != 4 or attention.shape[-1] != attention.shape[-2] or attention.shape[1] == 0:
        raise ValueError("attention must be (B, H, L, L) with H >= 1")
    return attention.sum(dim=(1, 2)) / (attention.shape[1] * attention.shape[2])
