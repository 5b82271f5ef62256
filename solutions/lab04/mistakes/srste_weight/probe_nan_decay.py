# mistake: accepts a NaN decay (only checks decay < 0)
# expect: ValueError
def srste_weight(weight: torch.Tensor, n: int, m: int, decay: float = 2e-4) -> torch.Tensor:
    mask = nm_mask(weight, n, m)
    if isinstance(decay, bool) or not isinstance(decay, numbers.Real):
        raise TypeError("decay must be a real number")
    if math.isinf(decay) or decay < 0:
        raise ValueError("decay must be finite and >= 0")
    decay = float(decay)

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
