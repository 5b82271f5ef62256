# mistake: squares float16 batches in float16 before converting
# expect: flattened
def wanda_scores(weight, batches):
    validate_type("weight", weight, torch.Tensor)
    if not weight.is_floating_point():
        raise TypeError("weight must be floating")
    if weight.dim() != 2:
        raise ValueError("weight must be 2-D")
    validate_type("batches", batches, (list, tuple))
    if len(batches) == 0:
        raise ValueError("empty")
    for batch in batches:
        validate_type("batch", batch, torch.Tensor)
        if not batch.is_floating_point():
            raise TypeError("batch must be floating")
        if batch.dim() not in (2, 3) or batch.shape[-1] != weight.shape[1]:
            raise ValueError("bad batch shape")
    dtype = torch.float64 if torch.float64 in [weight.dtype] + [b.dtype for b in batches] else torch.float32
    scaler = torch.zeros(weight.shape[1], dtype=dtype, device=weight.device)
    nsamples = 0
    for batch in batches:
        b = 1 if batch.dim() == 2 else batch.shape[0]
        x = batch.detach().reshape(-1, batch.shape[-1])
        scaler *= nsamples / (nsamples + b)
        nsamples += b
        scaler += (x**2).to(dtype).sum(0) / nsamples
    return weight.detach().to(dtype).abs() * torch.sqrt(scaler)
