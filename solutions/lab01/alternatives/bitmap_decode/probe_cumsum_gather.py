# alternative: position of each value by cumsum, then a where


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
        numel *= validate_int("size", size, 0)
    if len(bitmap) != numel:
        raise ValueError("bitmap must have prod(shape) entries")
    if len(values) != int(bitmap.long().sum()):
        raise ValueError("one value per True")
    slot = torch.cumsum(bitmap.long(), 0) - 1
    padded = torch.cat([values, values.new_zeros(1)])
    picked = padded[torch.where(bitmap, slot, torch.full_like(slot, len(values)))]
    return picked.reshape(shape).clone()
