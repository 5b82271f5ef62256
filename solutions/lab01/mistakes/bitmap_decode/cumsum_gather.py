# mistake: vectorises with a gather, values[cumsum(bitmap) - 1] * bitmap, which indexes position -1 when the bitmap starts with 0 bits and so fails when values is empty
# wrong on: bitmap_decode(torch.tensor([False]), torch.zeros(0), ()) raises IndexError instead of returning tensor(0.)
# expect: shape may be () (a 0-d tensor)
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    numel = 1
    for size in shape:
        numel *= size
    if bitmap.dtype != torch.bool or bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError("bitmap must be a 1-D bool tensor with one bit per entry")
    if values.dim() != 1 or values.numel() != int(bitmap.sum()):
        raise ValueError("values must hold one entry per True in bitmap")
    slots = torch.cumsum(bitmap.to(torch.int64), dim=0) - 1
    dense = values[slots] * bitmap
    return dense.to(values.dtype).reshape(shape)
