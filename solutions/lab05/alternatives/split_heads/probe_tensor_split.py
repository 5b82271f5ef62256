# alternative: stack of tensor_split slices
def split_heads(x: torch.Tensor, num_heads: int) -> torch.Tensor:
    validate_type("x", x, torch.Tensor)
    if x.ndim != 3:
        raise ValueError("x must be 3-D.")
    num_heads = validate_int("num_heads", num_heads, 1)
    if x.shape[2] % num_heads:
        raise ValueError("E must be a multiple of num_heads.")
    d = x.shape[2] // num_heads
    return torch.stack([x[:, :, m * d : (m + 1) * d] for m in range(num_heads)], dim=1)
