# mistake: flattens the bitmap "to be safe" before checking it, so a bitmap that is not 1-D (here 2-D, with the right number of bits) is accepted instead of raising ValueError
# wrong on: bitmap_decode(torch.tensor([[False, True], [True, False]]), torch.tensor([1.0, 2.0]), (2, 2)) returns [[0., 1.], [2., 0.]] instead of raising ValueError
# expect: invalid encoding raises ValueError
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    bitmap = bitmap.flatten()
    if bitmap.dtype != torch.bool or bitmap.numel() != numel:
        raise ValueError(f"bitmap must be a bool tensor with {numel} entries")
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
