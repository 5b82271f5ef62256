# alternative: mean over heads, then mean over queries
def token_scores(attention):
    validate_type("attention", attention, torch.Tensor)
    if attention.dtype not in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
        raise TypeError("attention must be floating-point")
    if attention.dim() != 4:
        raise ValueError("attention must be 4-D")
    if attention.size(2) != attention.size(3):
        raise ValueError("attention must be square")
    if attention.size(1) == 0:
        raise ValueError("H must be >= 1")
    return attention.mean(dim=1).mean(dim=1)
