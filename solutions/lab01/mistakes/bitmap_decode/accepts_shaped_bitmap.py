# mistake: checks only the bitmap's entry count, not that it is 1-D, and reshapes it to shape
# wrong on: bitmap_decode(torch.tensor([[True, False], [False, True]]), torch.tensor([1.0, 2.0]), (2, 2)): returns [[1, 0], [0, 2]] instead of raising ValueError
# expect: bitmap_decode
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if bitmap.dtype != torch.bool or bitmap.numel() != numel:
        raise ValueError(f"bitmap must be a bool tensor with {numel} entries")
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap.reshape(-1)] = values
    return dense.reshape(shape)
