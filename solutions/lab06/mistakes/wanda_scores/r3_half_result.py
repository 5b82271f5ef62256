# mistake: returns float16 scores for float16 inputs (the result must be float32)
# expect: dtype
def wanda_scores(weight: torch.Tensor, batches: list[torch.Tensor]) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if not weight.is_floating_point():
        raise TypeError("weight must be floating-point")
    if weight.dim() != 2:
        raise ValueError("weight must be 2-D")
    validate_type("batches", batches, (list, tuple))
    if len(batches) == 0:
        raise ValueError("batches must not be empty")
    features = weight.shape[1]
    for b in batches:
        validate_type("batch", b, torch.Tensor)
        if not b.is_floating_point():
            raise TypeError("batch must be floating-point")
        if b.dim() not in (2, 3):
            raise ValueError("batch must be 2-D or 3-D")
        if b.shape[-1] != features:
            raise ValueError("batch last dimension must be in_features")
    dtype = torch.promote_types(weight.dtype, batches[0].dtype)
    scaler = torch.zeros(features, dtype=dtype, device=weight.device)
    nsamples = 0
    for b in batches:
        count = 1 if b.dim() == 2 else b.shape[0]
        x = b.detach().to(dtype).reshape(-1, features)
        scaler = scaler * (nsamples / (nsamples + count))
        nsamples += count
        scaler = scaler + (x**2).sum(dim=0) / nsamples
    return weight.detach().to(dtype).abs() * torch.sqrt(scaler).reshape(1, -1)
