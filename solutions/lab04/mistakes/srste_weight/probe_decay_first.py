# mistake: validates decay before the weight, n and m
# expect: Error
def srste_weight(weight: torch.Tensor, n: int, m: int, decay: float = 2e-4) -> torch.Tensor:
    if isinstance(decay, bool) or not isinstance(decay, numbers.Real):
        raise TypeError("decay must be a real number")
    if not math.isfinite(decay) or decay < 0:
        raise ValueError("decay must be finite and >= 0")
    decay = float(decay)
    mask = nm_mask(weight, n, m)

    class SRSTE(torch.autograd.Function):
        @staticmethod
        def forward(ctx, w, keep):
            ctx.save_for_backward(w, keep)
            return w * keep

        @staticmethod
        def backward(ctx, grad_output):
            w, keep = ctx.saved_tensors
            return grad_output + decay * (~keep).to(w.dtype) * w, None

    return SRSTE.apply(weight, mask)
