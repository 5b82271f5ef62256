# alternative: unflatten then permute
def split_heads(x: torch.Tensor, num_heads: int) -> torch.Tensor:
    if not isinstance(x, torch.Tensor):
        raise TypeError("x must be a tensor.")
    if len(x.shape) != 3:
        raise ValueError("x must be 3-D.")
    if isinstance(num_heads, bool) or not isinstance(num_heads, (int, np.integer)):
        raise TypeError("num_heads must be an int.")
    if num_heads < 1 or x.shape[-1] % num_heads:
        raise ValueError("bad num_heads.")
    return x.unflatten(-1, (int(num_heads), x.shape[-1] // int(num_heads))).permute(0, 2, 1, 3)
