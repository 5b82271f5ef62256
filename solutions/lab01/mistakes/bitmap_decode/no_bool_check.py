# mistake: checks the bitmap's length and the values' count but not that the bitmap is a bool tensor, so a 0/1 integer bitmap is used as a list of positions
# wrong on: bitmap_decode(torch.tensor([0, 0, 1]), torch.tensor([5.0]), (3,)) returns [5.0, 5.0, 0.0] (positions 0, 0, 1) instead of raising ValueError
# expect: invalid encoding raises ValueError
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError("bitmap must be 1-D with one bit per entry")
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
