# mistake: computes the backward in float32: float64 weights get a float32-rounded gradient
# expect: float64
def srste_weight(weight: torch.Tensor, n: int, m: int, decay: float = 2e-4) -> torch.Tensor:
    nm_mask(weight, n, m)  # validates weight, n and m in order
    if isinstance(decay, bool) or not isinstance(decay, numbers.Real):
        raise TypeError(f"decay must be a real number, got {decay!r}")
    if not math.isfinite(decay) or decay < 0:
        raise ValueError(f"decay must be finite and >= 0, got {decay!r}")
    decay = float(decay)

    class SRSTE(torch.autograd.Function):
        @staticmethod
        def forward(ctx, w):
            mask = nm_mask(w, n, m)
            ctx.save_for_backward(w, mask)
            return w * mask

        @staticmethod
        def backward(ctx, grad_output):
            w, mask = ctx.saved_tensors
            return (grad_output.float() + decay * (~mask).float() * w.float()).to(w.dtype)

    return SRSTE.apply(weight)
