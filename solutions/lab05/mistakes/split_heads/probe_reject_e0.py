# mistake: rejects num_heads > E (E = 0 is allowed)
# expect: E = 0
def split_heads(x: torch.Tensor, num_heads: int) -> torch.Tensor:
    validate_type("x", x, torch.Tensor)
    if x.dim() != 3:
        raise ValueError(f"x must be 3-D, got shape {tuple(x.shape)}.")
    num_heads = validate_int("num_heads", num_heads, 1)
    b, l, e = x.shape
    if num_heads > e or e % num_heads != 0:
        raise ValueError(f"E = {e} is not a multiple of num_heads = {num_heads}.")
    return x.reshape(b, l, num_heads, e // num_heads).transpose(1, 2)
