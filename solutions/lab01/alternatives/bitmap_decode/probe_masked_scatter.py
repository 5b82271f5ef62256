# alternative: masked_scatter into zeros, math.prod of int sizes


def bitmap_decode(bitmap, values, shape):
    validate_type("bitmap", bitmap, torch.Tensor)
    if bitmap.dtype != torch.bool or bitmap.dim() != 1:
        raise ValueError("bitmap must be a 1-D bool tensor")
    validate_type("values", values, torch.Tensor)
    if values.dim() != 1:
        raise ValueError("values must be 1-D")
    validate_type("shape", shape, tuple)
    sizes = [validate_int("size", size, 0) for size in shape]
    numel = int(np.prod(sizes, dtype=np.int64)) if sizes else 1
    if bitmap.numel() != numel or values.numel() != int(bitmap.sum()):
        raise ValueError("bitmap or values do not fit shape")
    out = torch.zeros(numel, dtype=values.dtype, device=values.device).masked_scatter(bitmap.to(values.device), values)
    return out.reshape(sizes)
