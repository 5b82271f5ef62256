# mistake: reshapes to (N, d) with the first dimension only, mixing leading dims into features
# wrong on: (2, 5, 4) inputs
# expect: leading dimension
def layer_hessian(inputs: torch.Tensor, damp: float = 0.01) -> torch.Tensor:
    if not isinstance(inputs, torch.Tensor):
        raise TypeError(f"inputs must be a tensor, got {type(inputs).__name__}")
    if isinstance(damp, bool) or not isinstance(damp, (int, float)):
        raise TypeError(f"damp must be a real number, got {damp!r}")
    if not (math.isfinite(damp) and damp > 0):
        raise ValueError(f"damp must be finite and > 0, got {damp!r}")
    if inputs.dim() == 0:
        raise ValueError("inputs must have a last dimension of features")
    x = inputs.detach().reshape(inputs.shape[0], -1).to(torch.float64)
    hessian = 2 * x.T @ x
    mean = float(hessian.diagonal().mean()) if x.shape[1] else 0.0
    damping = damp * mean if mean > 0 else float(damp)
    return hessian + damping * torch.eye(x.shape[1], dtype=torch.float64, device=x.device)
