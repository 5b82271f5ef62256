# mistake: softmax then log
# expect: stable log_softmax
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
    check_type("logits", logits, torch.Tensor)
    if not logits.is_floating_point():
        raise TypeError(f"logits must be a floating-point tensor, got {logits.dtype}")
    if logits.dim() != 3:
        raise ValueError(f"logits must be 3-D (batch, seq, vocab), got shape {tuple(logits.shape)}")
    check_type("labels", labels, torch.Tensor)
    if labels.dtype != torch.int64:
        raise TypeError(f"labels must be an int64 tensor, got {labels.dtype}")
    if tuple(labels.shape) != tuple(logits.shape[:2]):
        raise ValueError(f"labels must have shape {tuple(logits.shape[:2])}, got {tuple(labels.shape)}")
    if bool(((labels != -100) & ((labels < 0) | (labels >= logits.shape[2]))).any()):
        raise ValueError("labels must be -100 or token ids in [0, vocab)")
    targets = labels[:, 1:].reshape(-1)
    counted = targets != -100
    if not bool(counted.any()):
        raise ValueError("no label to predict: every shifted label is -100")
    log_probs = torch.log(
        logits.detach()[:, :-1].double().exp() / logits.detach()[:, :-1].double().exp().sum(-1, keepdim=True)
    ).reshape(-1, logits.shape[2])
    nll = -log_probs[counted].gather(1, targets[counted].unsqueeze(1))
    return math.exp(nll.mean().item())
