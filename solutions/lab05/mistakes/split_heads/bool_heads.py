# mistake: accepts bool num_heads
# expect: the error for
def split_heads(x: torch.Tensor, num_heads: int) -> torch.Tensor:
    validate_type("x", x, torch.Tensor)
    if x.dim() != 3:
        raise ValueError(f"x must have shape (B, L, E), got shape {tuple(x.shape)}")
    if not isinstance(num_heads, int):
        raise TypeError("num_heads must be an int")
    if num_heads < 1:
        raise ValueError("num_heads must be >= 1")
    batch, length, embed = x.shape
    if embed % num_heads:
        raise ValueError(f"the width {embed} is not a multiple of num_heads = {num_heads}")
    return x.view(batch, length, num_heads, embed // num_heads).transpose(1, 2)
