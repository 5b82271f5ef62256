# alternative: torch.nn.functional.cross_entropy with ignore_index=-100 and reduction='sum', divided by the count
def perplexity(logits: torch.Tensor, labels: torch.Tensor) -> float:
    import torch.nn.functional as F

    if not isinstance(logits, torch.Tensor) or not torch.is_floating_point(logits):
        raise TypeError("logits must be a floating-point tensor")
    if logits.ndim != 3:
        raise ValueError("logits must be (batch, seq, vocab)")
    if not isinstance(labels, torch.Tensor) or labels.dtype != torch.long:
        raise TypeError("labels must be an int64 tensor")
    if labels.shape != logits.shape[:2]:
        raise ValueError("labels must be (batch, seq)")
    ok = (labels == -100) | ((labels >= 0) & (labels < logits.shape[-1]))
    if not bool(ok.all()):
        raise ValueError("a label is out of range")
    shift_labels = labels[:, 1:].reshape(-1)
    count = int((shift_labels != -100).sum())
    if count == 0:
        raise ValueError("no label to score")
    shift_logits = logits.detach()[:, :-1].reshape(-1, logits.shape[-1]).double()
    total = F.cross_entropy(shift_logits, shift_labels, ignore_index=-100, reduction="sum")
    return math.exp(total.item() / count)
