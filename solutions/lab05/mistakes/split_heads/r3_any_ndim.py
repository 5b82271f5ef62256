# mistake: accepts any number of leading dims (2-D or 4-D x is split instead of raising ValueError)
# expect: Error
def split_heads(x, num_heads):
    validate_type("x", x, torch.Tensor)
    if x.dim() < 1:
        raise ValueError("x must have a width")
    validate_int("num_heads", num_heads, 1)
    b, l, e = x.shape
    if e % num_heads:
        raise ValueError("E must be a multiple of num_heads")
    return x.view(b, l, num_heads, e // num_heads).transpose(1, 2)
