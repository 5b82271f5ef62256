# mistake: converts a non-bool bitmap with .bool() instead of refusing it
# wrong on: bitmap_decode(torch.tensor([0, 1], dtype=torch.uint8), torch.tensor([5.0]), (2,)): returns [0., 5.] instead of raising ValueError
# expect: bitmap_decode
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    bitmap = bitmap.bool()
    if bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError(f"bitmap must be a 1-D tensor with {numel} entries")
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
