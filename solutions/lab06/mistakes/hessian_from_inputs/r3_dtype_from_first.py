# mistake: takes the dtype from the first batch only (a later float64 batch does not make the result float64)
# expect: dtype
def hessian_from_inputs(batches: list[torch.Tensor], percdamp: float = 0.01) -> torch.Tensor:
    validate_type("batches", batches, (list, tuple))
    if len(batches) == 0:
        raise ValueError("batches must not be empty")
    for b in batches:
        validate_type("batch", b, torch.Tensor)
        if not b.is_floating_point():
            raise TypeError("batch must be floating-point")
        if b.dim() not in (2, 3):
            raise ValueError("batch must be 2-D or 3-D")
        if b.shape[-1] != batches[0].shape[-1]:
            raise ValueError("batches' last dimensions differ")
    percdamp = validate_fraction("percdamp", percdamp)
    features = batches[0].shape[-1]
    dtype = torch.float64 if batches[0].dtype == torch.float64 else torch.float32
    h = torch.zeros(features, features, dtype=dtype, device=batches[0].device)
    nsamples = 0
    for b in batches:
        count = 1 if b.dim() == 2 else b.shape[0]
        x = b.detach().to(dtype).reshape(-1, features)
        h = h * (nsamples / (nsamples + count))
        nsamples += count
        x = math.sqrt(2 / nsamples) * x
        h = h + x.t() @ x
    diag = torch.diagonal(h)
    h = h + torch.diag((diag == 0).to(dtype))
    damp = percdamp * torch.mean(torch.diagonal(h))
    h = h + damp * torch.eye(features, dtype=dtype, device=h.device)
    return h
