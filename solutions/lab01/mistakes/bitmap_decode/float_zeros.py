# mistake: creates the zeros with torch.zeros(numel), the default dtype float32, instead of the values' dtype
# wrong on: bitmap_decode(torch.tensor([False, True, False, True, False, True]), torch.tensor([1, 2, 3]), (3, 2)) raises RuntimeError (index_put dtypes must match: Float destination, Long source) instead of returning the int64 [[0, 1], [0, 2], [0, 3]]
# expect: not the default float32
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if bitmap.dtype != torch.bool or bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError("bitmap must be a 1-D bool tensor with one bit per entry")
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    dense = torch.zeros(numel, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
