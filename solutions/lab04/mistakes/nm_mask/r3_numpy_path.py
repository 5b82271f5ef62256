# mistake: computes the mask in numpy: fails on the meta device and returns a CPU mask
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
    w = weight.detach().cpu().float().abs().numpy()
    if weight.dim() == 4:
        w = w.transpose(0, 2, 3, 1)
    shape = w.shape
    groups = w.reshape(*shape[:-1], shape[-1] // m, m)
    order = np.argsort(groups, axis=-1, kind="stable")
    keep = np.zeros(groups.shape, dtype=bool)
    np.put_along_axis(keep, order[..., m - n :], True, axis=-1)
    mask = keep.reshape(shape)
    if weight.dim() == 4:
        mask = mask.transpose(0, 3, 1, 2)
    return torch.from_numpy(np.ascontiguousarray(mask))
