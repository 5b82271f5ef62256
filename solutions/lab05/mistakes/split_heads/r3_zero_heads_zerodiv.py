# mistake: range check num_heads >= 0: num_heads = 0 raises ZeroDivisionError, not ValueError
# expect: Error
def split_heads(x, num_heads):
    validate_type("x", x, torch.Tensor)
    if x.dim() != 3:
        raise ValueError("x must be 3-D")
    validate_int("num_heads", num_heads, 0)
    b, l, e = x.shape
    if e % num_heads:
        raise ValueError("E must be a multiple of num_heads")
    return x.view(b, l, num_heads, e // num_heads).transpose(1, 2)
