# mistake: shortcut for an all-True bitmap returns values.reshape(shape), a view of the input instead of a new tensor
# wrong on: v = torch.tensor([1.0, 2.0]); out = bitmap_decode(torch.tensor([True, True]), v, (2,)); out[0] = 9 also changes v[0] (out shares v's storage)
# expect: shares no memory
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if bitmap.dtype != torch.bool or bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError(f"bitmap must be a 1-D bool tensor with {numel} entries")
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    if values.numel() == numel:  # nothing was pruned: the values are the tensor
        return values.reshape(shape)
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
