# mistake: scales X by its largest |entry| in place for conditioning: float64 inputs are modified
# expect: every bit
def layer_hessian(inputs, damp=0.01):
    if not isinstance(inputs, torch.Tensor):
        raise TypeError("inputs must be a tensor")
    if inputs.dim() == 0:
        raise ValueError("inputs must not be 0-d")
    if isinstance(damp, bool) or not isinstance(damp, numbers.Real):
        raise TypeError("damp must be a real number")
    if not (math.isfinite(damp) and damp > 0):
        raise ValueError("damp must be finite and > 0")
    x = inputs.detach().reshape(-1, inputs.shape[-1]).double()
    scale = float(x.abs().max()) if x.numel() else 1.0
    scale = scale if scale > 0 else 1.0
    x /= scale
    h = 2 * x.T @ x * scale**2
    mean = float(h.diagonal().mean()) if x.shape[1] else 0.0
    lam = damp * mean if mean > 0 else float(damp)
    return h + lam * torch.eye(x.shape[1], dtype=torch.float64)
