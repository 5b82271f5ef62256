# alternative: sums x x^T per batch with matmul, rescales with the sequence counts, and fixes the diagonal with torch.where
def hessian_from_inputs(batches: list[torch.Tensor], percdamp: float = 0.01) -> torch.Tensor:
    validate_type("batches", batches, (list, tuple))
    if len(batches) < 1:
        raise ValueError("batches must be non-empty")
    features = None
    for b in batches:
        validate_type("batch", b, torch.Tensor)
        if not torch.is_floating_point(b):
            raise TypeError("batch must hold floats")
        if b.dim() not in (2, 3):
            raise ValueError("batch must be 2-D or 3-D")
        features = b.shape[-1] if features is None else features
        if b.shape[-1] != features:
            raise ValueError("all batches need the same number of features")
    percdamp = validate_fraction("percdamp", percdamp)
    dtype = torch.float32
    for b in batches:
        if b.dtype == torch.float64:
            dtype = torch.float64
    total = torch.zeros(features, features, dtype=dtype, device=batches[0].device)
    count = 0
    for b in batches:
        flat_b = b.detach().to(dtype).reshape(-1, features)
        total = total + flat_b.T.matmul(flat_b)
        count += 1 if b.dim() == 2 else b.shape[0]
    h = total * (2.0 / count)
    eye = torch.eye(features, dtype=torch.bool, device=h.device)
    h = torch.where(eye & (h == 0), torch.ones_like(h), h)
    lam = percdamp * h.diagonal().mean()
    return h + lam * eye.to(dtype)
