# mistake: computes the forward in float32 (float64 weights give a float32 result)
# expect: dtype
def srste_weight(weight: torch.Tensor, n: int, m: int, decay: float = 2e-4) -> torch.Tensor:
    mask = nm_mask(weight, n, m)
    if isinstance(decay, bool) or not isinstance(decay, numbers.Real):
        raise TypeError("decay must be a real number")
    if not math.isfinite(decay) or decay < 0:
        raise ValueError("decay must be finite and >= 0")
    decay = float(decay)

    class SRSTE(torch.autograd.Function):
        @staticmethod
        def forward(ctx, w, keep):
            ctx.save_for_backward(w, keep)
            return (w.float() * keep).to(torch.float32)

        @staticmethod
        def backward(ctx, grad_output):
            w, keep = ctx.saved_tensors
            return grad_output + decay * (~keep).to(w.dtype) * w, None

    return SRSTE.apply(weight, mask)
