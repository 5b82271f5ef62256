# mistake: checks only values.numel() against the number of True bits, not that values is 1-D, so a 0-d or 2-D values tensor is accepted
# wrong on: bitmap_decode(torch.tensor([True, False]), torch.tensor(5.0), (2,)) returns [5.0, 0.0] instead of raising ValueError (values is not 1-D)
# expect: invalid encoding raises ValueError
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if bitmap.dtype != torch.bool or bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError("bitmap must be a 1-D bool tensor with one bit per entry")
    if values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values.reshape(-1)
    return dense.reshape(shape)
