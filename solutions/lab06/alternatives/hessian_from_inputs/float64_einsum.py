# alternative: einsum in float64, cast at the end
def hessian_from_inputs(batches: list[torch.Tensor], percdamp: float = 0.01) -> torch.Tensor:
    """SparseGPT's damped layer Hessian ``H = (2/N) sum over tokens of x x^T``, dead inputs fixed.

    Running average over ``batches`` in order, as ``SparseGPT.add_batch``: for a batch of ``b`` sequences (a 2-D
    batch ``(tokens, features)`` is one sequence, a 3-D batch ``(sequences, tokens, features)`` has ``shape[0]``),
    ``H *= N / (N + b)``, ``N += b``, ``H += (2 / N) * X^T X`` over the batch's tokens ``X``, from ``H = 0``,
    ``N = 0``. Then, as ``fasterprune``: every ``j`` with ``H[j, j] == 0`` (a dead input) gets ``H[j, j] = 1``;
    then ``percdamp * mean(diag(H))`` (that mean taken after the dead-input fix) is added to every diagonal entry.

    Computed in float32, or float64 when any batch is float64 (float16 is converted to float32 first). Any order
    of summation is correct (checked with rtol 1e-5, atol 1e-6), e.g. ``2 / N_total * X_all^T X_all``.

    Args:
        batches: a non-empty list (or tuple) of floating-point tensors, 2-D or 3-D, all with the same last
            dimension ``features``; not modified.
        percdamp: the relative damping, a real number in ``[0, 1]``.

    Returns:
        A new ``(features, features)`` tensor on the batches' device, float32 (float64 as above), without
        autograd history.

    Raises:
        TypeError: if ``batches`` is not a list or tuple or holds something that is not a floating-point tensor,
            or ``percdamp`` is not a real number (a bool is not).
        ValueError: if ``batches`` is empty, a batch is not 2-D or 3-D, the batches' last dimensions differ, or
            ``percdamp`` is outside ``[0, 1]``.
    """
    validate_type("batches", batches, (list, tuple))
    if len(batches) == 0:
        raise ValueError("no batches")
    for batch in batches:
        validate_type("batch", batch, torch.Tensor)
        if not batch.is_floating_point():
            raise TypeError("each batch must be floating")
        if batch.dim() not in (2, 3) or batch.shape[-1] != batches[0].shape[-1]:
            raise ValueError("bad batch shape")
    percdamp = validate_fraction("percdamp", percdamp)
    dtype = torch.float64 if any(b.dtype == torch.float64 for b in batches) else torch.float32
    d = batches[0].shape[-1]
    h = torch.zeros(d, d, dtype=torch.float64, device=batches[0].device)
    n = 0
    for batch in batches:
        b = 1 if batch.dim() == 2 else batch.shape[0]
        x = batch.detach().double().reshape(-1, d)
        h = h * (n / (n + b)) + torch.einsum("ti,tj->ij", x, x) * (2 / (n + b))
        n += b
    eye = torch.eye(d, dtype=torch.float64, device=h.device)
    h = torch.where((eye == 1) & (h == 0), eye, h)
    h = h + percdamp * torch.diagonal(h).mean() * eye
    return h.to(dtype)
