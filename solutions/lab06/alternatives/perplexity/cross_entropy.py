# alternative: torch's cross_entropy with ignore_index=-100 in float32
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
    validate_type("logits", logits, torch.Tensor)
    if not logits.is_floating_point():
        raise TypeError("logits must be floating")
    if logits.dim() != 3:
        raise ValueError("logits must be 3-D")
    validate_type("labels", labels, torch.Tensor)
    if labels.dtype != torch.int64:
        raise TypeError("labels must be int64")
    if labels.shape != logits.shape[:2]:
        raise ValueError("labels shape")
    vocab = logits.shape[-1]
    if ((labels != -100) & ((labels < 0) | (labels >= vocab))).any():
        raise ValueError("label out of range")
    targets = labels[:, 1:].reshape(-1)
    if not (targets != -100).any():
        raise ValueError("nothing to predict")
    loss = torch.nn.functional.cross_entropy(
        logits.detach()[:, :-1].float().reshape(-1, vocab), targets, ignore_index=-100
    )
    return math.exp(loss.item())
