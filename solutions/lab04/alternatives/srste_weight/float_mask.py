# alternative: an autograd.Function with a float 0/1 mask and an explicit (1 - mask)
def srste_weight(weight: torch.Tensor, n: int, m: int, decay: float = 2e-4) -> torch.Tensor:
    class Sparse(torch.autograd.Function):
        @staticmethod
        def forward(ctx, w):
            mask = nm_mask(w, n, m).to(w.dtype)
            ctx.save_for_backward(w, mask)
            return w * mask

        @staticmethod
        def backward(ctx, grad):
            w, mask = ctx.saved_tensors
            return grad + lam * (1 - mask) * w

    nm_mask(weight, n, m)
    validate_type("decay", decay, numbers.Real)
    lam = float(decay)
    if math.isnan(lam) or math.isinf(lam) or lam < 0:
        raise ValueError("decay must be finite and >= 0")
    return Sparse.apply(weight)
