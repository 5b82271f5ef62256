# mistake: checks only that labels has batch * seq elements and reshapes it
# expect: error raised
def perplexity(logits: torch.Tensor, labels: torch.Tensor) -> float:
    validate_type("logits", logits, torch.Tensor)
    if not logits.is_floating_point():
        raise TypeError("logits must be floating-point")
    if logits.dim() != 3:
        raise ValueError("logits must be 3-D")
    validate_type("labels", labels, torch.Tensor)
    if labels.dtype != torch.int64:
        raise TypeError("labels must be int64")
    if labels.numel() != logits.shape[0] * logits.shape[1]:
        raise ValueError("labels must have batch * seq entries")
    labels = labels.reshape(logits.shape[:2])
    vocab = logits.shape[2]
    bad = (labels != -100) & ((labels < 0) | (labels >= vocab))
    if bool(bad.any()):
        raise ValueError("labels out of range")
    target = labels[:, 1:]
    counted = target != -100
    if int(counted.sum()) == 0:
        raise ValueError("no label is counted")
    dtype = torch.float64 if logits.dtype == torch.float64 else torch.float32
    logp = torch.log_softmax(logits.detach()[:, :-1].to(dtype), dim=-1)
    picked = logp.gather(2, target.clamp(min=0).unsqueeze(-1)).squeeze(-1)
    nll = -(picked * counted).sum() / counted.sum()
    return float(math.exp(float(nll)))
