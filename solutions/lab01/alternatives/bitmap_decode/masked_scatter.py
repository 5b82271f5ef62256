# alternative: validates the same way, then torch.zeros(shape).masked_scatter_(bitmap viewed as shape, values), which fills the True positions in row-major order
import math


def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    validate_type("bitmap", bitmap, torch.Tensor)  # the course's argument convention, in signature order
    if bitmap.dtype != torch.bool or bitmap.dim() != 1:
        raise ValueError("bitmap must be a 1-D bool tensor")
    validate_type("values", values, torch.Tensor)
    if values.dim() != 1:
        raise ValueError("values must be 1-D")
    validate_type("shape", shape, tuple)
    shape = tuple(validate_int("a size in shape", size, 0) for size in shape)
    numel = math.prod(shape)
    if bitmap.dtype != torch.bool or bitmap.dim() != 1 or bitmap.numel() != numel:
        raise ValueError(f"bitmap must be a 1-D bool tensor with {numel} entries")
    if values.dim() != 1 or values.numel() != int(bitmap.count_nonzero()):
        raise ValueError("values must hold one entry per True in bitmap")
    dense = torch.zeros(shape, dtype=values.dtype, device=values.device)
    return dense.masked_scatter_(bitmap.reshape(shape).to(values.device), values)
