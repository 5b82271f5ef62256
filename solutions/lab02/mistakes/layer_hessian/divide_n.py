# mistake: divides by the number of samples
# wrong on: by hand: a third of H
# expect: number of samples
def layer_hessian(inputs: torch.Tensor, damp: float = 0.01) -> torch.Tensor:
    if not isinstance(inputs, torch.Tensor):
        raise TypeError(f"inputs must be a tensor, got {type(inputs).__name__}")
    if isinstance(damp, bool) or not isinstance(damp, (int, float)):
        raise TypeError(f"damp must be a real number, got {damp!r}")
    if not (math.isfinite(damp) and damp > 0):
        raise ValueError(f"damp must be finite and > 0, got {damp!r}")
    if inputs.dim() == 0:
        raise ValueError("inputs must have a last dimension of features")
    x = inputs.detach().reshape(-1, inputs.shape[-1]).to(torch.float64)
    hessian = 2 * x.T @ x / max(x.shape[0], 1)
    mean = float(hessian.diagonal().mean()) if x.shape[1] else 0.0
    damping = damp * mean if mean > 0 else float(damp)
    return hessian + damping * torch.eye(x.shape[1], dtype=torch.float64, device=x.device)
