# mistake: casts to float32 (x.float()): wrong dtype for float64 and integer inputs
# expect: dtype
def split_heads(x, num_heads):
    validate_type("x", x, torch.Tensor)
    if x.dim() != 3:
        raise ValueError("x must be 3-D")
    validate_int("num_heads", num_heads, 1)
    b, l, e = x.shape
    if e % num_heads:
        raise ValueError("E must be a multiple of num_heads")
    return x.float().view(b, l, num_heads, e // num_heads).transpose(1, 2)
