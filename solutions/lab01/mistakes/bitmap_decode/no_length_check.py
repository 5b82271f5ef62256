# mistake: checks the values against the bitmap but never checks that the bitmap has prod(shape) bits
# wrong on: bitmap_decode(torch.tensor([True, False, True]), torch.tensor([1.0, 2.0]), (2, 2)) raises IndexError (mask shape mismatch) instead of ValueError
# expect: invalid encoding raises ValueError
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
