# alternative: torch.Size(shape).numel() for the size, then index_put_ at the positions torch.nonzero(bitmap) gives
def bitmap_decode(bitmap: torch.Tensor, values: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
    validate_type("bitmap", bitmap, torch.Tensor)  # the course's argument convention, in signature order
    if bitmap.dtype != torch.bool or bitmap.dim() != 1:
        raise ValueError("bitmap must be a 1-D bool tensor")
    validate_type("values", values, torch.Tensor)
    if values.dim() != 1:
        raise ValueError("values must be 1-D")
    validate_type("shape", shape, tuple)
    shape = tuple(validate_int("a size in shape", size, 0) for size in shape)
    numel = torch.Size(shape).numel()
    if not (bitmap.dtype == torch.bool and bitmap.dim() == 1 and bitmap.numel() == numel):
        raise ValueError(f"bitmap must be a 1-D bool tensor with {numel} entries")
    positions = torch.nonzero(bitmap).flatten()
    if values.dim() != 1 or values.numel() != positions.numel():
        raise ValueError("values must hold one entry per True in bitmap")
    flat = values.new_zeros(numel)
    flat.index_put_((positions.to(values.device),), values)
    return flat.view(shape)
