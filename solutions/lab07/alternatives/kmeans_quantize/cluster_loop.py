# alternative: updates each centroid with a boolean mask and mean()
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
    # argument checks of the course convention (added when the convention was adopted)
    from utils.validation import validate_int as _validate_int
    from utils.validation import validate_type as _validate_type

    _validate_type("w", w, torch.Tensor)
    if not w.is_floating_point():
        raise TypeError("w must be a floating-point tensor")
    if w.numel() == 0:
        raise ValueError("w must not be empty")
    bits = _validate_int("bits", bits, 1, 8)
    iterations = _validate_int("iterations", iterations, 0)
    if not torch.is_floating_point(w):
        raise TypeError("w must be a float tensor")
    if type(bits) is not int or type(iterations) is not int:
        raise TypeError("bits and iterations must be ints")
    if w.numel() == 0 or bits < 1 or bits > 8 or iterations < 0:
        raise ValueError("bad arguments")
    values = w.detach().flatten()
    codebook = torch.linspace(values.min().item(), values.max().item(), 2**bits, dtype=w.dtype)

    def assign():
        return torch.argmin(torch.abs(values.unsqueeze(1) - codebook.unsqueeze(0)), dim=1)

    for _ in range(iterations):
        nearest = assign()
        codebook = codebook.clone()
        for j in range(2**bits):
            members = values[nearest == j]
            if members.numel() > 0:
                codebook[j] = members.mean()
    return codebook, assign().view(w.shape)
