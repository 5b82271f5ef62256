# mistake: accepts a bool m (isinstance(m, int))
# expect: TypeError
def nm_mask(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.dtype.is_floating_point:
        raise ValueError("weight must be a 2-D or 4-D floating tensor")
    n = validate_int("n", n, minimum=0)
    if not isinstance(m, int):
        raise TypeError("m must be an int")
    if m < 1:
        raise ValueError("m must be >= 1")
    m = int(m)
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
