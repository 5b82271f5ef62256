# alternative: official form: torch.norm(inp, dim=1) ** 2 over transposed tokens, running update, explicit loops
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
        if batch.dim() not in (2, 3):
            raise ValueError("bad batch dim")
        if batch.shape[-1] != weight.shape[1]:
            raise ValueError("bad features")
    dtype = torch.float32
    for t in [weight, *batches]:
        if t.dtype == torch.float64:
            dtype = torch.float64
    scaler_row = torch.zeros(weight.shape[1], dtype=dtype, device=weight.device)
    nsamples = 0
    for inp in batches:
        inp = inp.detach()
        if inp.dim() == 2:
            inp = inp.unsqueeze(0)
        tmp = inp.shape[0]
        inp = inp.reshape(-1, inp.shape[-1]).t().to(dtype)
        scaler_row = scaler_row * (nsamples / (nsamples + tmp))
        nsamples += tmp
        scaler_row = scaler_row + torch.norm(inp, p=2, dim=1) ** 2 / nsamples
    return torch.abs(weight.detach().to(dtype)) * torch.sqrt(scaler_row.reshape((1, -1)))
