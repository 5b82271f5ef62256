# alternative: Tensor.unfold along the input dimension and torch.count_nonzero
def is_nm_sparse(weight: torch.Tensor, n: int, m: int) -> bool:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.is_floating_point():
        raise ValueError(f"weight must be a 2-D or 4-D floating tensor, got {weight.dim()}-D {weight.dtype}")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError(f"n must be <= m, got {n}:{m}")
    if weight.shape[1] % m:
        raise ValueError(f"m = {m} must divide weight.shape[1] = {weight.shape[1]}")
    w = weight.detach()
    if w.numel() == 0:
        return True
    if w.dim() == 4:
        w = w.transpose(1, 3)
        w = w.reshape(-1, w.shape[-1])
    groups = w.unfold(-1, m, m)
    return bool(torch.count_nonzero(groups, dim=-1).le(n).all().item())
