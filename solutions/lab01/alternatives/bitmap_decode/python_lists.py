# alternative: plain Python: walks the bitmap's bits, taking the next value at each True bit, then builds the tensor with the values' dtype
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if not isinstance(bitmap, torch.Tensor) or bitmap.dtype != torch.bool or tuple(bitmap.shape) != (numel,):
        raise ValueError(f"bitmap must be a bool tensor of shape ({numel},)")
    bits = bitmap.tolist()
    if values.dim() != 1 or values.numel() != sum(bits):
        raise ValueError("values must hold one entry per True in bitmap")
    remaining = iter(values.tolist())
    entries = [next(remaining) if bit else 0 for bit in bits]
    return torch.tensor(entries, dtype=values.dtype, device=values.device).reshape(shape)
