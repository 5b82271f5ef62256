# mistake: computes the number of entries with np.prod(shape), which is the float 1.0 for shape (), so torch.zeros fails on a 0-d shape
# wrong on: bitmap_decode(torch.tensor([True]), torch.tensor([7.5]), ()) raises TypeError instead of returning tensor(7.5)
# expect: shape may be () (a 0-d tensor)
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = np.prod(shape)
    if bitmap.dtype != torch.bool or bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError("bitmap must be a 1-D bool tensor with one bit per entry")
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
