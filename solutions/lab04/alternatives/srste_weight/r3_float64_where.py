# alternative: torch.where in forward and backward; validation written by hand
def srste_weight(weight: torch.Tensor, n: int, m: int, decay: float = 2e-4) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.is_floating_point():
        raise ValueError("weight must be a 2-D or 4-D floating tensor")
    n = validate_int("n", n, 0)
    m = validate_int("m", m, 1)
    if n > m:
        raise ValueError("n must be <= m")
    if weight.shape[1] % m:
        raise ValueError("m must divide weight.shape[1]")
    if isinstance(decay, bool) or not isinstance(decay, numbers.Real):
        raise TypeError("decay must be a real number")
    if not (0 <= decay < math.inf):
        raise ValueError("decay must be finite and >= 0")

    class Fn(torch.autograd.Function):
        @staticmethod
        def forward(ctx, w):
            keep = nm_mask(w, n, m)
            ctx.save_for_backward(w, keep)
            return torch.where(keep, w, torch.zeros((), dtype=w.dtype, device=w.device))

        @staticmethod
        def backward(ctx, g):
            w, keep = ctx.saved_tensors
            extra = torch.where(keep, torch.zeros((), dtype=w.dtype, device=w.device), w) * decay
            return g + extra

    return Fn.apply(weight)
