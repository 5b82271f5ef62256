# alternative: reshape to (B, L, M, D) then permute(0, 2, 1, 3).contiguous()
def split_heads(x, num_heads):
    validate_type("x", x, torch.Tensor)
    if len(x.shape) != 3:
        raise ValueError("x must be (B, L, E)")
    m = validate_int("num_heads", num_heads, 1)
    b, l, e = x.shape
    if e % m != 0:
        raise ValueError("E must be divisible by num_heads")
    return x.reshape(b, l, m, e // m).permute(0, 2, 1, 3).contiguous()
