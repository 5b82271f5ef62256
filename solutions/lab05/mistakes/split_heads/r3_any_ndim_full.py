# mistake: works on any (..., E) tensor: a 2-D or 4-D x returns instead of raising ValueError
# expect: Error
def split_heads(x, num_heads):
    validate_type("x", x, torch.Tensor)
    validate_int("num_heads", num_heads, 1)
    if x.dim() < 2 or x.shape[-1] % num_heads:
        raise ValueError("bad x")
    return x.unflatten(-1, (num_heads, x.shape[-1] // num_heads)).transpose(-3, -2)
