# mistake: fills the positions column by column (reshapes to the reversed shape, then transposes back) instead of row-major
# wrong on: bitmap_decode(torch.tensor([False, True, False, True, False, True]), torch.tensor([1.5, -2.0, 0.25]), (2, 3)) is [[0, 0, 0], [1.5, -2.0, 0.25]] instead of [[0, 1.5, 0], [-2.0, 0, 0.25]]
# expect: column-major
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if bitmap.dtype != torch.bool or bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError("bitmap must be a 1-D bool tensor with one bit per entry")
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    reversed_shape = tuple(reversed(shape))
    return dense.reshape(reversed_shape).permute(tuple(reversed(range(len(shape))))).contiguous()
