# alternative: plain Python: walks the bitmap's bits, taking the next value at each True bit, then builds the tensor with the values' dtype
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    validate_type("bitmap", bitmap, torch.Tensor)  # the course's argument convention, in signature order
    if bitmap.dtype != torch.bool or bitmap.dim() != 1:
        raise ValueError("bitmap must be a 1-D bool tensor")
    validate_type("values", values, torch.Tensor)
    if values.dim() != 1:
        raise ValueError("values must be 1-D")
    validate_type("shape", shape, tuple)
    shape = tuple(validate_int("a size in shape", size, 0) for size in shape)
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
