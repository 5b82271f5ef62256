# mistake: rejects numpy integer sizes (isinstance(size, int))
# expect: numpy integers


def bitmap_decode(bitmap, values, shape):
    validate_type("bitmap", bitmap, torch.Tensor)
    if bitmap.dtype != torch.bool or bitmap.dim() != 1:
        raise ValueError("bitmap must be a 1-D bool tensor")
    validate_type("values", values, torch.Tensor)
    if values.dim() != 1:
        raise ValueError("values must be 1-D")
    validate_type("shape", shape, tuple)
    numel = 1
    for size in shape:
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise TypeError("sizes must be ints")
        numel *= size
    if bitmap.numel() != numel:
        raise ValueError("bitmap must have prod(shape) entries")
    if values.numel() != int(bitmap.sum()):
        raise ValueError("one value per True")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
