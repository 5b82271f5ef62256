# mistake: accepts any integer dtype for labels
# expect: TypeError
def perplexity(logits, labels):
    validate_type("logits", logits, torch.Tensor)
    if not logits.is_floating_point():
        raise TypeError("logits must be floating")
    if logits.dim() != 3:
        raise ValueError("logits must be 3-D")
    validate_type("labels", labels, torch.Tensor)
    if labels.dtype.is_floating_point or labels.dtype == torch.bool:
        raise TypeError("labels must be int64")
    if tuple(labels.shape) != tuple(logits.shape[:2]):
        raise ValueError("labels shape")
    if bool(((labels != -100) & ((labels < 0) | (labels >= logits.shape[2]))).any()):
        raise ValueError("label out of range")
    targets = labels[:, 1:].reshape(-1).long()
    counted = targets != -100
    if not bool(counted.any()):
        raise ValueError("nothing counted")
    lp = torch.log_softmax(logits.detach()[:, :-1].double(), dim=-1).reshape(-1, logits.shape[2])
    nll = -lp[counted].gather(1, targets[counted].unsqueeze(1))
    return math.exp(nll.mean().item())
