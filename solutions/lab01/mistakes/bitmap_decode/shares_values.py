# mistake: when every bit is set, returns values.reshape(shape), a view of the input instead of a new tensor
# wrong on: out = bitmap_decode(torch.tensor([True, True]), v := torch.tensor([1., 2.]), (2,)); out[0] = 9 changes v (out shares v's memory)
# expect: new tensor
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if bitmap.dtype != torch.bool or bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError(f"bitmap must be a 1-D bool tensor with {numel} entries")
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    if numel and bool(bitmap.all()):
        return values.reshape(shape)
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
