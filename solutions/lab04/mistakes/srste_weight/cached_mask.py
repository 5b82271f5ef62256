# mistake: computes the mask once per weight and reuses it
# expect: recomputed
_MASKS = {}


def srste_weight(weight: torch.Tensor, n: int, m: int, decay: float = 2e-4) -> torch.Tensor:
    class SRSTE(torch.autograd.Function):
        """Forward: the masked weight. Backward: the straight-through gradient plus the refinement term."""

        @staticmethod
        def forward(ctx, dense, mask):
            ctx.save_for_backward(dense, mask)
            return dense * mask

        @staticmethod
        def backward(ctx, grad_output):
            dense, mask = ctx.saved_tensors
            return grad_output + decay * (~mask) * dense, None

    mask = _MASKS.setdefault((weight.data_ptr(), n, m), nm_mask(weight, n, m))
    if isinstance(decay, bool) or not isinstance(decay, numbers.Real):
        raise TypeError(f"decay must be a real number, got {decay!r}")
    if not (math.isfinite(decay) and decay >= 0):
        raise ValueError(f"decay must be finite and >= 0, got {decay!r}")
    decay = float(decay)  # numpy scalars too: the backward multiplies tensors by it
    return SRSTE.apply(weight, mask)
