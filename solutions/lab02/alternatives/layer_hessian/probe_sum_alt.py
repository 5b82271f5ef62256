# alternative: sum of per-sample outer products; damping from the sum of squares
def layer_hessian(inputs, damp=0.01):
    if not isinstance(inputs, torch.Tensor):
        raise TypeError("inputs must be a tensor")
    if inputs.dim() == 0:
        raise ValueError("inputs must not be 0-d")
    if isinstance(damp, bool) or not isinstance(damp, numbers.Real):
        raise TypeError("damp must be a real number")
    if not (math.isfinite(damp) and damp > 0):
        raise ValueError("damp must be finite and > 0")
    x = inputs.detach().to(torch.float64).reshape(-1, inputs.shape[-1])
    d = x.shape[1]
    h = torch.zeros(d, d, dtype=torch.float64, device=x.device)
    for row in x:
        h += 2 * torch.outer(row, row)
    mean = 2 * float((x**2).sum()) / d if d else 0.0
    lam = damp * mean if mean > 0 else damp
    return h + float(lam) * torch.eye(d, dtype=torch.float64, device=x.device)
