# mistake: breaks ties by adding index * 1e-6 to |w| in the weight's dtype: lost in float16/bfloat16, and reorders close float64 values
# expect: nm_mask
def nm_mask(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.is_floating_point():
        raise ValueError(f"weight must be a 2-D or 4-D floating tensor, got {weight.dim()}-D {weight.dtype}")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError(f"n must be <= m, got {n}:{m}")
    if weight.shape[1] % m:
        raise ValueError(f"m = {m} must divide weight.shape[1] = {weight.shape[1]}")
    score = weight.detach().abs()
    if weight.dim() == 4:
        score = score.permute(0, 2, 3, 1)
    shape = score.shape
    groups = score.reshape(*shape[:-1], shape[-1] // m, m)
    groups = groups + torch.arange(m, device=weight.device, dtype=weight.dtype) * 1e-6
    order = torch.argsort(groups, dim=-1)
    keep = torch.zeros(groups.shape, dtype=torch.bool, device=weight.device)
    keep.scatter_(-1, order[..., m - n :], True)
    mask = keep.reshape(shape)
    if weight.dim() == 4:
        mask = mask.permute(0, 3, 1, 2)
    return mask.contiguous()
