# alternative: one-shot column norms over all tokens divided by sqrt(total sequences)
def wanda_scores(weight: torch.Tensor, batches: list[torch.Tensor]) -> torch.Tensor:
    """Wanda's pruning scores ``S_ij = |W_ij| * sqrt(scaler_row_j)`` of a linear layer.

    ``scaler_row`` is accumulated over ``batches`` in order, as Wanda's ``WrappedGPT.add_batch``: for a batch of
    ``b`` sequences, ``scaler_row *= nsamples / (nsamples + b)``, then ``nsamples += b``, then ``scaler_row += (sum
    over the batch's tokens of x_j ** 2) / nsamples``, starting from zeros and ``nsamples = 0``. A 2-D batch
    ``(tokens, in_features)`` is one sequence; a 3-D batch ``(sequences, tokens, in_features)`` is ``shape[0]``
    sequences. A batch may have zero tokens (it still counts its sequences).

    Computed in float32, or in float64 when ``weight`` or any batch is float64 (float16 inputs are converted to
    float32 before squaring). Any order of summation gives a correct answer (checked with rtol 1e-5, atol 1e-6):
    e.g. the one-shot sum over all tokens divided by the total number of sequences.

    Args:
        weight: ``(out_features, in_features)`` floating-point weight; not modified.
        batches: a non-empty list (or tuple) of floating-point tensors, each 2-D or 3-D, whose last dimension is
            ``in_features``; not modified.

    Returns:
        A new tensor of ``weight``'s shape, on its device, float32 (float64 as above), without autograd history
        (``requires_grad`` False even when ``weight`` requires grad), sharing no memory with ``weight``.

    Raises:
        TypeError: if ``weight`` is not a floating-point tensor; if ``batches`` is not a list or tuple, or one of
            its items is not a floating-point tensor.
        ValueError: if ``weight`` is not 2-D; if ``batches`` is empty, or a batch is not 2-D or 3-D, or its last
            dimension is not ``in_features``.
    """
    validate_type("weight", weight, torch.Tensor)
    if not weight.is_floating_point():
        raise TypeError("weight must be a floating-point tensor")
    if weight.dim() != 2:
        raise ValueError("weight must be 2-D")
    validate_type("batches", batches, (list, tuple))
    if not batches:
        raise ValueError("no batches")
    for batch in batches:
        validate_type("batch", batch, torch.Tensor)
        if not batch.is_floating_point():
            raise TypeError("batch must be floating")
        if batch.dim() not in (2, 3) or batch.shape[-1] != weight.shape[1]:
            raise ValueError("bad batch shape")
    dtype = torch.float64 if any(t.dtype == torch.float64 for t in [weight, *batches]) else torch.float32
    tokens = torch.cat([b.detach().to(dtype).reshape(-1, weight.shape[1]) for b in batches])
    sequences = sum(1 if b.dim() == 2 else b.shape[0] for b in batches)
    norms = torch.linalg.vector_norm(tokens, dim=0)
    return weight.detach().to(dtype).abs() * (norms / math.sqrt(sequences)).unsqueeze(0)
