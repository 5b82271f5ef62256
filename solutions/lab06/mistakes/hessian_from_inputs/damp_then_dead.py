# mistake: damps before fixing dead inputs
# expect: damp before fixing dead inputs
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
    check_type("batches", batches, (list, tuple))
    if len(batches) == 0:
        raise ValueError("batches must hold at least one batch")
    for batch in batches:
        check_type("batch", batch, torch.Tensor)
        if not batch.is_floating_point():
            raise TypeError(f"each batch must be a floating-point tensor, got {batch.dtype}")
        if batch.dim() not in (2, 3) or batch.shape[-1] != batches[0].shape[-1]:
            raise ValueError(f"batches must be 2-D or 3-D with the same last dimension, got {tuple(batch.shape)}")
    percdamp = check_fraction("percdamp", percdamp)
    dtype = torch.float64 if any(b.dtype == torch.float64 for b in batches) else torch.float32
    features = batches[0].shape[-1]
    hessian = torch.zeros(features, features, dtype=dtype, device=batches[0].device)
    nsamples = 0
    for batch in batches:
        sequences = 1 if batch.dim() == 2 else batch.shape[0]
        tokens = batch.detach().to(dtype).reshape(-1, features)
        hessian *= nsamples / (nsamples + sequences)
        nsamples += sequences
        hessian += (2 / nsamples) * tokens.t() @ tokens
    diagonal = torch.diagonal(hessian)  # a view: writing to it writes H's diagonal
    dead = diagonal == 0
    diagonal += percdamp * diagonal.mean()
    diagonal[dead] = 1
    return hessian
