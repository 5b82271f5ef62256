# mistake: computes through numpy on the CPU (fails on the meta device the docstring includes)
# expect: meta
def nm_mask(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.dtype.is_floating_point:
        raise ValueError("weight must be a 2-D or 4-D floating tensor")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError("n must be <= m")
    if weight.shape[1] % m:
        raise ValueError("m must divide weight.shape[1]")
    a = np.abs(weight.detach().cpu().to(torch.float64).numpy())
    a = np.moveaxis(a, 1, -1)
    shape = a.shape
    g = a.reshape(-1, m) if a.size else a.reshape(0, m)
    order = np.argsort(g, axis=-1, kind="stable")
    keep = np.zeros(g.shape, dtype=bool)
    np.put_along_axis(keep, order[:, m - n :], True, axis=-1)
    keep = np.moveaxis(keep.reshape(shape), -1, 1)
    return torch.from_numpy(np.ascontiguousarray(keep)).to(weight.device)
