# mistake: checks every type before any value (wrong error when bitmap is 2-D and values a list)
# expect: bitmap_decode
import math


def bitmap_decode(bitmap, values, shape):
    validate_type("bitmap", bitmap, torch.Tensor)
    validate_type("values", values, torch.Tensor)
    if not isinstance(shape, tuple):
        raise TypeError("shape must be a tuple")
    for s in shape:
        validate_int("size", s, minimum=0)
    if bitmap.dim() != 1 or bitmap.dtype != torch.bool:
        raise ValueError("bitmap must be a 1-D bool tensor")
    if values.dim() != 1:
        raise ValueError("values must be 1-D")
    n = math.prod(int(s) for s in shape)
    if bitmap.numel() != n:
        raise ValueError("bitmap length")
    if int(bitmap.sum()) != values.numel():
        raise ValueError("values length")
    out = torch.zeros(n, dtype=values.dtype, device=values.device)
    out[bitmap] = values
    return out.reshape(tuple(int(s) for s in shape))
