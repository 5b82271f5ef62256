# mistake: validates n and m before the weight (wrong precedence)
# expect: Error
def nm_mask(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    n = validate_int("n", n, minimum=0)
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.dtype.is_floating_point:
        raise ValueError("weight must be a 2-D or 4-D floating tensor")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError("n must be <= m")
    if weight.shape[1] % m:
        raise ValueError("m must divide weight.shape[1]")
    a = weight.detach().abs()
    a = a.movedim(1, -1)
    shape = a.shape
    groups = a.reshape(*shape[:-1], shape[-1] // m, m)
    order = torch.argsort(groups, dim=-1, stable=True)
    ranks = torch.empty_like(order)
    ranks.scatter_(-1, order, torch.arange(m, device=a.device).expand_as(order).contiguous())
    keep = ranks >= m - n
    return keep.reshape(shape).movedim(-1, 1).contiguous()
