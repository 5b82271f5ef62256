# mistake: a list for inputs raises AttributeError instead of TypeError
# expect: list inputs
def layer_hessian(inputs, damp=0.01):
    if inputs.dim() == 0:
        raise ValueError("inputs must not be 0-d")
    if isinstance(damp, bool) or not isinstance(damp, numbers.Real):
        raise TypeError("damp must be a real number")
    if not (math.isfinite(damp) and damp > 0):
        raise ValueError("damp must be finite and > 0")
    x = inputs.detach().reshape(-1, inputs.shape[-1]).double()
    h = 2 * x.T @ x
    mean = float(h.diagonal().mean()) if x.shape[1] else 0.0
    lam = damp * mean if mean > 0 else float(damp)
    return h + lam * torch.eye(x.shape[1], dtype=torch.float64, device=x.device)
