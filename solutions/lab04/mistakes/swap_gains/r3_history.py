# mistake: does not detach: the gains carry autograd history when the weight requires grad
# expect: requires_grad
def swap_gains(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() != 2 or not weight.is_floating_point():
        raise ValueError(f"weight must be a 2-D floating tensor, got {weight.dim()}-D {weight.dtype}")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError(f"n must be <= m, got {n}:{m}")
    if weight.shape[1] % m:
        raise ValueError(f"m = {m} must divide weight.shape[1] = {weight.shape[1]}")
    a = weight.abs()
    rows, cols = a.shape
    groups = a.reshape(rows, cols // m, m)

    def top_sum(x):
        return torch.sort(x, dim=-1, descending=True).values[..., :n].sum(-1)

    base = top_sum(groups)  # (rows, G)
    delta = torch.zeros(cols, cols, dtype=weight.dtype, device=weight.device) + 0 * weight.sum()
    for i in range(cols):
        g = i // m
        trial = groups[:, g, :].unsqueeze(1).repeat(1, cols, 1)  # (rows, cols, m): column j replaces column i
        trial[:, :, i % m] = a
        delta = delta.clone()
        delta[i] = (top_sum(trial) - base[:, g : g + 1]).sum(0)
    gains = delta + delta.T
    group = torch.arange(cols, device=weight.device) // m
    gains = gains.masked_fill(group.view(-1, 1) == group.view(1, -1), 0)
    return gains
