# mistake: accepts a float num_heads such as 2.0 (int() it)
# expect: Error
def split_heads(x, num_heads):
    validate_type("x", x, torch.Tensor)
    if x.dim() != 3:
        raise ValueError("x must be 3-D")
    num_heads = int(num_heads)
    if num_heads < 1:
        raise ValueError("num_heads must be >= 1")
    b, l, e = x.shape
    if e % num_heads:
        raise ValueError("E must be a multiple of num_heads")
    return x.view(b, l, num_heads, e // num_heads).transpose(1, 2)
