# alternative: numpy prod over python ints, gather by cumsum
def bitmap_decode(bitmap, values, shape):
    if not isinstance(bitmap, torch.Tensor):
        raise TypeError("bitmap")
    if bitmap.ndim != 1 or bitmap.dtype is not torch.bool:
        raise ValueError("bitmap")
    if not isinstance(values, torch.Tensor):
        raise TypeError("values")
    if values.ndim != 1:
        raise ValueError("values")
    if not isinstance(shape, tuple):
        raise TypeError("shape")
    sizes = []
    for s in shape:
        if isinstance(s, bool) or not isinstance(s, (int, np.integer)):
            raise TypeError("size")
        if s < 0:
            raise ValueError("size")
        sizes.append(int(s))
    n = 1
    for s in sizes:
        n *= s
    if len(bitmap) != n:
        raise ValueError("bits")
    k = int(bitmap.to(torch.int64).sum().item())
    if k != len(values):
        raise ValueError("values")
    out = torch.zeros(n, dtype=values.dtype, device=values.device)
    if k:
        pos = torch.cumsum(bitmap.to(torch.int64), 0) - 1
        gathered = values[pos.clamp(min=0)]
        out = torch.where(bitmap, gathered, out)
    return out.reshape(sizes)
