# mistake: math.prod(shape) without checking the sizes: a bool size is accepted
# expect: True is not a size

import math


def bitmap_decode(bitmap, values, shape):
    validate_type("bitmap", bitmap, torch.Tensor)
    if bitmap.dtype != torch.bool or bitmap.dim() != 1:
        raise ValueError("bitmap must be a 1-D bool tensor")
    validate_type("values", values, torch.Tensor)
    if values.dim() != 1:
        raise ValueError("values must be 1-D")
    validate_type("shape", shape, tuple)
    numel = math.prod(shape)
    if bitmap.numel() != numel:
        raise ValueError("bitmap must have prod(shape) entries")
    if values.numel() != int(bitmap.sum()):
        raise ValueError("one value per True")
    dense = torch.zeros(numel, dtype=values.dtype, device=values.device)
    dense[bitmap] = values
    return dense.reshape(shape)
