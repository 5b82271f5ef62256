# alternative: torch.einsum over the samples and diag_embed for the damping
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
    hessian = 2 * torch.einsum("ni,nj->ij", x, x)
    mean = float(hessian.diagonal().mean()) if x.shape[1] else 0.0
    damping = damp * mean if mean > 0 else float(damp)
    return hessian + torch.diag_embed(torch.full((x.shape[1],), damping, dtype=torch.float64))
