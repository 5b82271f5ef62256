# mistake: checks values.numel() against the number of True bits but never checks that values is 1-D
# wrong on: bitmap_decode(torch.tensor([True]), torch.tensor(7), ()): returns tensor(7) instead of raising ValueError (values is 0-d, not 1-D)
# expect: bitmap_decode
import math

import torch


def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    """The dense tensor that :func:`bitmap_encode` encoded."""
    n = math.prod(shape)
    if not isinstance(bitmap, torch.Tensor) or bitmap.dtype != torch.bool or bitmap.dim() != 1 or bitmap.numel() != n:
        raise ValueError(f"bitmap must be a 1-D torch.bool tensor with {n} entries")
    if values.numel() != int(bitmap.sum()):
        raise ValueError("values must have one entry per True bit")
    out = torch.zeros(n, dtype=values.dtype, device=values.device)
    out[bitmap] = values
    return out.reshape(shape)
