# mistake: never checks that there is one value per True bit, so a wrong count surfaces as torch's RuntimeError (shape mismatch) instead of ValueError
# wrong on: bitmap_decode(torch.tensor([False, True, False, True, False, True]), torch.tensor([1.0, 2.0]), (2, 3)) raises RuntimeError instead of ValueError
# expect: three values
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if bitmap.dtype != torch.bool or bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError("bitmap must be a 1-D bool tensor with one bit per entry")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
