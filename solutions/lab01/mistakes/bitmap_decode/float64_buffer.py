# mistake: scatters into a float64 buffer and casts back to values' dtype, which rounds int64 values above 2**53
# wrong on: bitmap_decode(torch.tensor([True]), torch.tensor([2**53 + 1]), (1,)): returns tensor([9007199254740992]) instead of tensor([9007199254740993])
# expect: 2**53 + 1
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if bitmap.dtype != torch.bool or bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError(f"bitmap must be a 1-D bool tensor with {numel} entries")
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    dense = torch.zeros(numel, dtype=torch.float64, device=values.device)
    dense[bitmap] = values.to(torch.float64)
    return dense.to(values.dtype).reshape(shape)
