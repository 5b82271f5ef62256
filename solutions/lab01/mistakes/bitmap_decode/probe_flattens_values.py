# mistake: accepts 2-D values by flattening them instead of raising ValueError
# expect: ValueError


def bitmap_decode(bitmap, values, shape):
    validate_type("bitmap", bitmap, torch.Tensor)
    if bitmap.dtype != torch.bool or bitmap.dim() != 1:
        raise ValueError("bitmap must be a 1-D bool tensor")
    validate_type("values", values, torch.Tensor)
    values = values.reshape(-1)
    validate_type("shape", shape, tuple)
    numel = 1
    for size in shape:
        numel *= validate_int("size", size, 0)
    if bitmap.numel() != numel:
        raise ValueError("bitmap must have prod(shape) entries")
    if values.numel() != int(bitmap.sum()):
        raise ValueError("one value per True")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
