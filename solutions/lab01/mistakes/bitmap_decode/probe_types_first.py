# mistake: checks the types of all arguments before any value (not signature order)
# expect: signature order


def bitmap_decode(bitmap, values, shape):
    validate_type("bitmap", bitmap, torch.Tensor)
    validate_type("values", values, torch.Tensor)
    validate_type("shape", shape, tuple)
    if bitmap.dtype != torch.bool or bitmap.dim() != 1:
        raise ValueError("bitmap must be a 1-D bool tensor")
    if values.dim() != 1:
        raise ValueError("values must be 1-D")
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
