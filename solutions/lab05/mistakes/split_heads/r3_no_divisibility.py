# mistake: no divisibility check: view raises RuntimeError instead of ValueError
# expect: Error
def split_heads(x, num_heads):
    validate_type("x", x, torch.Tensor)
    if x.dim() != 3:
        raise ValueError("x must be 3-D")
    validate_int("num_heads", num_heads, 1)
    b, l, e = x.shape
    return x.view(b, l, num_heads, e // num_heads).transpose(1, 2)
