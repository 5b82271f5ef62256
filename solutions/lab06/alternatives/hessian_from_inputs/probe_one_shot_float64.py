# alternative: one-shot in float64: 2 / N_total * X_all^T X_all, fixes applied with torch.where on the diagonal, cast back
def hessian_from_inputs(batches, percdamp=0.01):
    if not isinstance(batches, (list, tuple)):
        raise TypeError("batches must be a list or tuple")
    if len(batches) == 0:
        raise ValueError("no batches")
    for batch in batches:
        if not isinstance(batch, torch.Tensor) or not torch.is_floating_point(batch):
            raise TypeError("batch must be a floating tensor")
        if batch.ndim not in (2, 3):
            raise ValueError("batch must be 2-D or 3-D")
        if batch.shape[-1] != batches[0].shape[-1]:
            raise ValueError("features differ")
    if isinstance(percdamp, bool) or not isinstance(percdamp, (int, float, np.integer, np.floating)):
        raise TypeError("percdamp must be a real number")
    if not 0 <= percdamp <= 1:
        raise ValueError("percdamp outside [0, 1]")
    out = torch.float64 if any(b.dtype == torch.float64 for b in batches) else torch.float32
    f = batches[0].shape[-1]
    n = sum(b.shape[0] if b.ndim == 3 else 1 for b in batches)
    x = torch.cat([b.detach().to(torch.float64).reshape(-1, f) for b in batches])
    h = 2.0 / n * torch.einsum("ti,tj->ij", x, x)
    diag = torch.diagonal(h).clone()
    diag = torch.where(diag == 0, torch.ones_like(diag), diag)
    h = h - torch.diag(torch.diagonal(h)) + torch.diag(diag + float(percdamp) * diag.mean())
    return h.to(out)
