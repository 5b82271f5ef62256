# alternative: logsumexp in float64 and a sum over counted tokens
def perplexity(logits: torch.Tensor, labels: torch.Tensor) -> float:
    """Perplexity of next-token predictions: ``exp`` of the mean negative log-likelihood, labels shifted by one.

    ``logits[b, t]`` is scored against ``labels[b, t + 1]`` for ``t < seq - 1``; a label of ``-100`` is not counted.
    The mean is over all counted tokens of all sequences together. Use a numerically stable log-softmax computed in
    float32 or float64 (float16 logits are converted first); checked with rel_tol 1e-6.

    Args:
        logits: ``(batch, seq, vocab)`` floating-point tensor; not modified.
        labels: ``(batch, seq)`` int64 tensor of token ids in ``[0, vocab)`` or ``-100``; not modified.

    Returns:
        The perplexity as a Python ``float``.

    Raises:
        TypeError: if ``logits`` is not a floating-point tensor, or ``labels`` is not an int64 tensor.
        ValueError: if ``logits`` is not 3-D; if ``labels``' shape is not ``logits.shape[:2]``; if a label is
            neither ``-100`` nor in ``[0, vocab)``; if no label is counted (all of ``labels[:, 1:]`` are -100, or
            ``seq`` is 1).
    """
    if not isinstance(logits, torch.Tensor) or not logits.is_floating_point():
        raise TypeError("logits must be a floating-point tensor")
    if logits.dim() != 3:
        raise ValueError("logits must be 3-D")
    if not isinstance(labels, torch.Tensor) or labels.dtype != torch.int64:
        raise TypeError("labels must be an int64 tensor")
    if tuple(labels.shape) != tuple(logits.shape[:2]):
        raise ValueError("labels shape")
    if ((labels != -100) & ((labels < 0) | (labels >= logits.shape[2]))).any():
        raise ValueError("label out of range")
    x = logits.detach().double()
    total, count = 0.0, 0
    for b in range(x.shape[0]):
        for t in range(x.shape[1] - 1):
            target = int(labels[b, t + 1])
            if target == -100:
                continue
            total += float(torch.logsumexp(x[b, t], dim=0) - x[b, t, target])
            count += 1
    if count == 0:
        raise ValueError("nothing to predict")
    return math.exp(total / count)
