# alternative: official add_batch: math.sqrt(2/N) * inp then inp @ inp.T on transposed tokens; eye-based damping
def hessian_from_inputs(batches, percdamp=0.01):
    validate_type("batches", batches, (list, tuple))
    if not batches:
        raise ValueError("empty")
    for batch in batches:
        validate_type("batch", batch, torch.Tensor)
        if not batch.is_floating_point():
            raise TypeError("floating")
        if batch.dim() not in (2, 3) or batch.shape[-1] != batches[0].shape[-1]:
            raise ValueError("shape")
    percdamp = validate_fraction("percdamp", percdamp)
    dtype = torch.float32
    if any(b.dtype == torch.float64 for b in batches):
        dtype = torch.float64
    cols = batches[0].shape[-1]
    H = torch.zeros((cols, cols), dtype=dtype, device=batches[0].device)
    nsamples = 0
    for inp in batches:
        inp = inp.detach()
        if len(inp.shape) == 2:
            inp = inp.unsqueeze(0)
        tmp = inp.shape[0]
        inp = inp.reshape((-1, inp.shape[-1])).t().to(dtype)
        H = H * (nsamples / (nsamples + tmp))
        nsamples += tmp
        inp = math.sqrt(2 / nsamples) * inp
        H = H + inp.matmul(inp.t())
    dead = torch.diag(H) == 0
    H[dead, dead] = 1
    damp = percdamp * torch.mean(torch.diag(H))
    H = H + damp * torch.eye(cols, dtype=dtype, device=H.device)
    return H
