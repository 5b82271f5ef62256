# alternative: one product over all tokens, 2/N_total X^T X, then the official H[dead, dead] = 1 and diagonal damping in place
def hessian_from_inputs(batches: list[torch.Tensor], percdamp: float = 0.01) -> torch.Tensor:
    if not isinstance(batches, (list, tuple)):
        raise TypeError("batches must be a list or tuple")
    if len(batches) == 0:
        raise ValueError("batches must not be empty")
    for i, b in enumerate(batches):
        if not isinstance(b, torch.Tensor) or not torch.is_floating_point(b):
            raise TypeError(f"batches[{i}] must be a floating-point tensor")
        if b.ndim not in (2, 3) or b.shape[-1] != batches[0].shape[-1]:
            raise ValueError(f"batches[{i}] has a bad shape")
    percdamp = validate_fraction("percdamp", percdamp)
    dtype = torch.float64 if torch.float64 in {b.dtype for b in batches} else torch.float32
    features = batches[0].shape[-1]
    x = torch.cat([b.detach().to(dtype).reshape(-1, features) for b in batches])
    total = sum(b.shape[0] if b.ndim == 3 else 1 for b in batches)
    hessian = (2 / total) * (x.T @ x)
    dead = torch.diag(hessian) == 0
    hessian[dead, dead] = 1
    damp = percdamp * torch.mean(torch.diag(hessian))
    diag = torch.arange(features, device=hessian.device)
    hessian[diag, diag] += damp
    return hessian
