# mistake: allocates the output with torch.zeros(numel), the default float32, instead of values' dtype
# wrong on: bitmap_decode(torch.tensor([True, False]), torch.tensor([3], dtype=torch.int64), (2,)): dtype float32 instead of int64
# expect: bitmap_decode
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if bitmap.dtype != torch.bool or bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError(f"bitmap must be a 1-D bool tensor with {numel} entries")
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    dense = torch.zeros(numel, device=values.device)
    dense[bitmap] = values.to(dense.dtype)
    return dense.reshape(shape)
