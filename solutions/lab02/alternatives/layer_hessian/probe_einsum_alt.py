# alternative: einsum over the flattened samples, numpy for the mean
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
    h = torch.einsum("ni,nj->ij", x, x) * 2
    diag = h.diagonal().cpu().numpy()
    mean = float(np.mean(diag)) if diag.size else 0.0
    lam = float(damp) * mean if mean != 0 else float(damp)
    return h + torch.diag(torch.full((x.shape[1],), lam, dtype=torch.float64, device=h.device))
