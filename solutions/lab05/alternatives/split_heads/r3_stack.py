# alternative: torch.stack of the D-wide chunks along a new head axis (a copy), manual validation
def split_heads(x, num_heads):
    import numbers

    if not isinstance(x, torch.Tensor):
        raise TypeError("x must be a tensor")
    if x.ndim != 3:
        raise ValueError("x must be 3-D")
    if isinstance(num_heads, bool) or not isinstance(num_heads, numbers.Integral):
        raise TypeError("num_heads must be an int")
    if num_heads < 1 or x.shape[2] % num_heads != 0:
        raise ValueError("bad num_heads")
    d = x.shape[2] // int(num_heads)
    return torch.stack([x[:, :, m * d : (m + 1) * d] for m in range(int(num_heads))], dim=1)
