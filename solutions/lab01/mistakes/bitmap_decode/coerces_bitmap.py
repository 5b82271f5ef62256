# mistake: converts the bitmap with .bool() before validating, so an integer (uint8/int64) bitmap is accepted
# wrong on: bitmap_decode(torch.tensor([1, 0, 1], dtype=torch.uint8), torch.tensor([1.0, 2.0]), (3,)): returns tensor([1., 0., 2.]) instead of raising ValueError
# expect: bitmap_decode
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    bitmap = bitmap.bool()
    numel = 1
    for size in shape:
        numel *= size
    if bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError(f"bitmap must be a 1-D bool tensor with {numel} entries")
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
