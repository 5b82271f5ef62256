# alternative: straightforward torch implementation following the docstring
def kmeans_quantize(w, bits, iterations=20):
    import numbers

    if not isinstance(w, torch.Tensor) or not w.is_floating_point():
        raise TypeError("w must be a floating-point tensor")
    if w.numel() == 0:
        raise ValueError("w is empty")
    if isinstance(bits, bool) or not isinstance(bits, numbers.Integral):
        raise TypeError("bits must be an int")
    if not 1 <= bits <= 8:
        raise ValueError("bits outside 1..8")
    if isinstance(iterations, bool) or not isinstance(iterations, numbers.Integral):
        raise TypeError("iterations must be an int")
    if iterations < 0:
        raise ValueError("iterations < 0")
    flat = w.detach().reshape(-1)
    k = 2 ** int(bits)
    codebook = torch.linspace(flat.min(), flat.max(), k, dtype=w.dtype)

    def assign(cb):
        return (flat[:, None] - cb[None, :]).abs().argmin(1)

    for _ in range(int(iterations)):
        idx = assign(codebook)
        sums = torch.zeros_like(codebook).index_add_(0, idx, flat)
        counts = torch.bincount(idx, minlength=k)
        codebook = torch.where(counts > 0, sums / counts.clamp(min=1), codebook)
    return codebook, assign(codebook).reshape(w.shape)
