# mistake: inputs.view(-1, d) fails on non-contiguous inputs
# expect: non-contiguous
def layer_hessian(inputs, damp=0.01):
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.ndim == 0:
        raise ValueError("0-d")
    if isinstance(damp, bool) or not isinstance(damp, numbers.Real):
        raise TypeError("damp")
    if not math.isfinite(damp) or damp <= 0:
        raise ValueError("damp")
    X = inputs.view(-1, inputs.shape[-1]).to(torch.float64)
    H = 2 * X.T @ X
    mean = float(H.diagonal().mean()) if H.shape[0] else 0.0
    lam = damp * mean if mean != 0 else float(damp)
    return H + lam * torch.eye(H.shape[0], dtype=torch.float64)
