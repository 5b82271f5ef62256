# alternative: accumulates in float64 with einsum and the official running update, then casts to the result dtype
def hessian_from_inputs(batches: list[torch.Tensor], percdamp: float = 0.01) -> torch.Tensor:
    validate_type("batches", batches, (list, tuple))
    if not batches:
        raise ValueError("batches is empty")
    for batch in batches:
        validate_type("batch", batch, torch.Tensor)
        if not batch.dtype.is_floating_point:
            raise TypeError("each batch must be floating-point")
        if batch.dim() < 2 or batch.dim() > 3:
            raise ValueError("each batch must be 2-D or 3-D")
        if batch.shape[-1] != batches[0].shape[-1]:
            raise ValueError("batches disagree on features")
    damp_share = validate_fraction("percdamp", percdamp)
    out_dtype = torch.float64 if any(b.dtype == torch.float64 for b in batches) else torch.float32
    cols = batches[0].shape[-1]
    H = torch.zeros(cols, cols, dtype=torch.float64, device=batches[0].device)
    nsamples = 0
    for batch in batches:
        inp = batch.detach().double()
        if inp.dim() == 2:
            inp = inp.unsqueeze(0)
        tmp = inp.shape[0]
        H *= nsamples / (nsamples + tmp)
        nsamples += tmp
        H += torch.einsum("bti,btj->ij", inp, inp) * (2 / nsamples)
    d = torch.diagonal(H)
    d.copy_(torch.where(d == 0, torch.ones_like(d), d))
    d.add_(damp_share * d.mean())
    return H.to(out_dtype)
