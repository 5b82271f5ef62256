# alternative: computes the decay term in float64 and casts back; keeps the float mask
def srste_weight(weight: torch.Tensor, n: int, m: int, decay: float = 2e-4) -> torch.Tensor:
    keep = nm_mask(weight, n, m).to(weight.dtype)
    if isinstance(decay, bool) or not isinstance(decay, numbers.Real):
        raise TypeError("decay must be a real number")
    if not np.isfinite(decay) or decay < 0:
        raise ValueError("bad decay")

    class Ste(torch.autograd.Function):
        @staticmethod
        def forward(ctx, w, k):
            ctx.save_for_backward(w, k)
            return torch.mul(w, k)

        @staticmethod
        def backward(ctx, g):
            w, k = ctx.saved_tensors
            term = (float(decay) * (1.0 - k.double()) * w.double()).to(g.dtype)
            return g + term, None

    return Ste.apply(weight, keep)
