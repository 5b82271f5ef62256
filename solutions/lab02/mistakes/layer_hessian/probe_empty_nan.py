# mistake: takes the mean of an empty diagonal / N=0 gives NaN damping
# expect: H, flattened
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
    h = 2 * x.T @ x
    mean = (h.diagonal().sum() / x.shape[0]) * x.shape[0] / x.shape[1] if x.shape[0] else h.diagonal().sum() / 0
    lam = damp * mean if mean != 0 else damp
    return h + lam * torch.eye(x.shape[1], dtype=torch.float64)
