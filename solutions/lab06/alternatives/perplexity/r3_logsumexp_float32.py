# alternative: log p = logit - logsumexp in float32 (float64 kept), masked with torch.where, mean via masked sum
def perplexity(logits: torch.Tensor, labels: torch.Tensor) -> float:
    validate_type("logits", logits, torch.Tensor)
    if not torch.is_floating_point(logits):
        raise TypeError("logits must be floating-point")
    if logits.dim() != 3:
        raise ValueError("logits must be 3-D")
    validate_type("labels", labels, torch.Tensor)
    if labels.dtype is not torch.int64:
        raise TypeError("labels must be int64")
    if labels.shape != logits.shape[:2]:
        raise ValueError("labels must match logits.shape[:2]")
    vocab = logits.shape[-1]
    valid = (labels == -100) | ((labels >= 0) & (labels < vocab))
    if not valid.all():
        raise ValueError("labels must be -100 or in [0, vocab)")
    x = logits.detach()[:, :-1]
    x = x if x.dtype == torch.float64 else x.float()
    y = labels[:, 1:]
    keep = y != -100
    if not keep.any():
        raise ValueError("no label is counted")
    safe = torch.where(keep, y, torch.zeros_like(y))
    logp = x.gather(-1, safe.unsqueeze(-1)).squeeze(-1) - torch.logsumexp(x, dim=-1)
    nll = torch.where(keep, -logp, torch.zeros_like(logp)).sum() / keep.sum()
    return math.exp(nll.item())
