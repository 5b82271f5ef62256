# alternative: assigns by torch.bucketize against the midpoints of the (always sorted) codebook; right=False sends a tie to the lower centroid
def kmeans_quantize(w: torch.Tensor, bits: int, iterations: int = 20) -> tuple[torch.Tensor, torch.Tensor]:
    from utils.validation import validate_int, validate_type

    validate_type("w", w, torch.Tensor)
    if not w.is_floating_point():
        raise TypeError("w must be a floating-point tensor")
    if w.numel() == 0:
        raise ValueError("w must have at least one entry")
    bits = validate_int("bits", bits, 1, 8)
    iterations = validate_int("iterations", iterations, 0)
    flat = w.detach().reshape(-1)
    codebook = torch.linspace(flat.min(), flat.max(), 2**bits, dtype=w.dtype)

    def assign(c):
        # Lloyd's in 1-D keeps the centroids sorted; |w - c0| <= |w - c1| <=> w <= (c0 + c1) / 2
        return torch.bucketize(flat, (c[:-1] + c[1:]) / 2, right=False)

    for _ in range(iterations):
        idx = assign(codebook)
        sums = torch.zeros_like(codebook).index_add_(0, idx, flat)
        counts = torch.bincount(idx, minlength=codebook.numel())
        codebook = torch.where(counts > 0, sums / counts.clamp(min=1).to(w.dtype), codebook)
    return codebook, assign(codebook).reshape(w.shape)
