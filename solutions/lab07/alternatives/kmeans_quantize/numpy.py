# alternative: NumPy: argmin, bincount and add.at
import numpy as np


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
    if not w.is_floating_point():
        raise TypeError("w must be a float tensor")
    if (
        isinstance(bits, bool)
        or isinstance(iterations, bool)
        or not isinstance(bits, int)
        or not isinstance(iterations, int)
    ):
        raise TypeError("bits and iterations must be ints")
    if w.numel() == 0 or not 1 <= bits <= 8 or iterations < 0:
        raise ValueError("bad arguments")
    flat = w.detach().reshape(-1).numpy()
    k = 2**bits
    codebook = torch.linspace(float(flat.min()), float(flat.max()), k, dtype=w.dtype).numpy()
    for _ in range(iterations):
        nearest = np.abs(flat[:, None] - codebook[None, :]).argmin(axis=1)
        counts = np.bincount(nearest, minlength=k)
        sums = np.zeros_like(codebook)
        np.add.at(sums, nearest, flat)
        codebook = np.where(counts > 0, sums / np.maximum(counts, 1).astype(codebook.dtype), codebook).astype(
            codebook.dtype
        )
    indices = np.abs(flat[:, None] - codebook[None, :]).argmin(axis=1)
    return torch.from_numpy(codebook.copy()), torch.from_numpy(indices).long().reshape(w.shape)
