# mistake: accepts a 1-D batch as one token
# expect: ValueError
def hessian_from_inputs(batches, percdamp=0.01):
    validate_type("batches", batches, (list, tuple))
    if len(batches) == 0:
        raise ValueError("empty")
    for batch in batches:
        validate_type("batch", batch, torch.Tensor)
        if not batch.is_floating_point():
            raise TypeError("batch must be floating")
        if batch.dim() not in (1, 2, 3) or batch.shape[-1] != batches[0].shape[-1]:
            raise ValueError("bad batch")
    percdamp = validate_fraction("percdamp", percdamp)
    dtype = torch.float64 if any(b.dtype == torch.float64 for b in batches) else torch.float32
    f = batches[0].shape[-1]
    h = torch.zeros(f, f, dtype=dtype, device=batches[0].device)
    nsamples = 0
    for batch in batches:
        b = 1 if batch.dim() == 2 else batch.shape[0]
        x = batch.detach().to(dtype).reshape(-1, f)
        h *= nsamples / (nsamples + b)
        nsamples += b
        h += (2 / nsamples) * x.t() @ x
    d = torch.diagonal(h)
    d[d == 0] = 1
    d += percdamp * d.mean()
    return h
