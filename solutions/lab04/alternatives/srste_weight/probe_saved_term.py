# alternative: precomputes decay*(1-mask)*w in forward and saves it; pruned zeros via torch.where
def srste_weight(weight: torch.Tensor, n: int, m: int, decay: float = 2e-4) -> torch.Tensor:
    mask = nm_mask(weight, n, m)
    if isinstance(decay, bool) or not isinstance(decay, numbers.Real):
        raise TypeError("decay must be a real number")
    decay = float(decay)
    if math.isnan(decay) or math.isinf(decay) or decay < 0:
        raise ValueError("decay must be finite and >= 0")

    class Refined(torch.autograd.Function):
        @staticmethod
        def forward(ctx, w):
            ctx.save_for_backward(torch.where(mask, torch.zeros_like(w), w * decay))
            return torch.where(mask, w, torch.zeros_like(w))

        @staticmethod
        def backward(ctx, grad_output):
            (extra,) = ctx.saved_tensors
            return grad_output + extra

    return Refined.apply(weight)
