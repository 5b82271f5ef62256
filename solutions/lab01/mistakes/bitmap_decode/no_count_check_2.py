# mistake: never checks that values has one entry per True bit; a single value broadcasts over all of them
# wrong on: bitmap_decode(torch.tensor([True, True]), torch.tensor([5.0]), (2,)): returns [5., 5.] instead of raising ValueError
# expect: bitmap_decode
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if bitmap.dtype != torch.bool or bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError(f"bitmap must be a 1-D bool tensor with {numel} entries")
    if values.dim() != 1:
        raise ValueError("values must be 1-D")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
