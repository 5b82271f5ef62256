# alternative: NumPy in float64, then back to a tensor
def layer_hessian(inputs: torch.Tensor, damp: float = 0.01) -> torch.Tensor:
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.dim() == 0:
        raise ValueError("inputs must have a last dimension of features")
    if isinstance(damp, bool) or not isinstance(damp, numbers.Real):
        raise TypeError(f"damp must be a real number, got {damp!r}")
    if not (math.isfinite(damp) and damp > 0):
        raise ValueError(f"damp must be finite and > 0, got {damp!r}")
    damp = float(damp)
    x = inputs.detach().reshape(-1, inputs.shape[-1]).to(torch.float64)
    hessian = torch.from_numpy(2 * x.numpy().T @ x.numpy())
    mean = float(hessian.diagonal().mean()) if x.shape[1] else 0.0
    damping = damp * mean if mean > 0 else float(damp)
    return hessian + damping * torch.eye(x.shape[1], dtype=torch.float64, device=x.device)
