# alternative: one-shot: concatenate all tokens, vector_norm in float64, divide by total sequences, cast back
def wanda_scores(weight, batches):
    validate_type("weight", weight, torch.Tensor)
    if not weight.is_floating_point():
        raise TypeError("weight must be floating")
    if weight.dim() != 2:
        raise ValueError("weight must be 2-D")
    if not isinstance(batches, (list, tuple)):
        raise TypeError("batches must be a list")
    if not batches:
        raise ValueError("empty")
    for batch in batches:
        if not isinstance(batch, torch.Tensor) or not batch.is_floating_point():
            raise TypeError("batch must be a floating tensor")
        if batch.dim() not in (2, 3) or batch.shape[-1] != weight.shape[1]:
            raise ValueError("bad batch shape")
    out = torch.float64 if any(t.dtype == torch.float64 for t in [weight, *batches]) else torch.float32
    total = sum(1 if b.dim() == 2 else b.shape[0] for b in batches)
    tokens = torch.cat([b.detach().double().reshape(-1, weight.shape[1]) for b in batches])
    norms = torch.linalg.vector_norm(tokens, dim=0)
    return (weight.detach().double().abs() * (norms / math.sqrt(total))).to(out)
