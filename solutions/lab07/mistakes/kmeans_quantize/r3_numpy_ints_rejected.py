# mistake: isinstance(bits, int) rejects numpy integer bits/iterations, which the Conventions accept as numbers
# expect: TypeError
def kmeans_quantize(w: torch.Tensor, bits: int, iterations: int = 20) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(w, torch.Tensor) or not w.is_floating_point():
        raise TypeError("w must be a floating-point tensor")
    if w.numel() == 0:
        raise ValueError("w must have at least one entry")
    if isinstance(bits, bool) or not isinstance(bits, int):
        raise TypeError("bits must be an int")
    if not 1 <= bits <= 8:
        raise ValueError("bits must be in 1..8")
    if isinstance(iterations, bool) or not isinstance(iterations, int):
        raise TypeError("iterations must be an int")
    if iterations < 0:
        raise ValueError("iterations must be >= 0")
    flat = w.detach().reshape(-1)
    codebook = torch.linspace(flat.min(), flat.max(), 2**bits, dtype=w.dtype)
    for _ in range(iterations):
        idx = (flat[:, None] - codebook[None, :]).abs().argmin(1)
        for c in range(codebook.numel()):
            members = flat[idx == c]
            if members.numel():
                codebook[c] = members.mean()
    idx = (flat[:, None] - codebook[None, :]).abs().argmin(1)
    return codebook, idx.reshape(w.shape)
