# mistake: validates num_heads before x's type (split_heads('x', 0) raises ValueError, not TypeError)
# expect: Error
def split_heads(x, num_heads):
    validate_int("num_heads", num_heads, 1)
    validate_type("x", x, torch.Tensor)
    if x.dim() != 3:
        raise ValueError("x must be 3-D")
    b, l, e = x.shape
    if e % num_heads:
        raise ValueError("E must be a multiple of num_heads")
    return x.view(b, l, num_heads, e // num_heads).transpose(1, 2)
