# mistake: moves centroids to the median
# expect: mean
def kmeans_quantize(w: torch.Tensor, bits: int, iterations: int = 20) -> tuple[torch.Tensor, torch.Tensor]:
    """Cluster the entries of ``w`` into ``2**bits`` shared values with k-means (Lloyd) from a linear initialisation.

    1. Start: ``codebook = torch.linspace(w.min(), w.max(), 2**bits)`` in ``w``'s dtype.
    2. Repeat ``iterations`` times: assign each entry to its nearest centroid (smallest ``|w - c|``; on a tie the
       centroid with the lower index wins, as ``argmin`` does), then move each centroid to the mean of the entries
       assigned to it; a centroid with no entry keeps its value.
    3. Assign each entry to its nearest centroid of the final codebook (same tie rule).

    Args:
        w: float tensor of any shape with at least one entry. Not modified.
        bits: index width, an int from 1 to 8 (``2**bits`` centroids).
        iterations: number of assign-and-update steps, an int >= 0 (0 returns the linear codebook).

    Returns:
        ``(codebook, indices)``: ``codebook`` 1-D of length ``2**bits`` in ``w``'s dtype; ``indices`` int64 of
        ``w``'s shape, so that ``codebook[indices]`` is the quantized tensor.

    Raises:
        TypeError: if ``w`` is not a floating-point tensor or ``bits``/``iterations`` is not an int.
        ValueError: if ``w`` is empty, ``bits`` is outside 1..8 or ``iterations < 0``.
    """
    if not w.is_floating_point():
        raise TypeError(f"w must be a floating-point tensor, got {w.dtype}")
    for name, value in (("bits", bits), ("iterations", iterations)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, got {value!r}")
    if w.numel() == 0 or not 1 <= bits <= 8 or iterations < 0:
        raise ValueError("w must not be empty, bits must be in 1..8 and iterations >= 0")
    k = 2**bits
    flat = w.detach().reshape(-1)
    codebook = torch.linspace(float(flat.min()), float(flat.max()), k, dtype=w.dtype)
    for _ in range(iterations):
        nearest = (flat[:, None] - codebook[None, :]).abs().argmin(dim=1)
        codebook = torch.stack(
            [flat[nearest == j].median() if bool((nearest == j).any()) else codebook[j] for j in range(k)]
        )
    indices = (flat[:, None] - codebook[None, :]).abs().argmin(dim=1)
    return codebook, indices.reshape(w.shape)
