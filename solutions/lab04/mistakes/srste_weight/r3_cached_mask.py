# mistake: caches the mask per weight tensor (by data_ptr): it is not recomputed after the weight changes in place
# expect: changed in place
_SRSTE_MASKS = {}


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
            key = (w.data_ptr(), n, m)
            if key not in _SRSTE_MASKS:
                _SRSTE_MASKS[key] = nm_mask(w, n, m)
            mask = _SRSTE_MASKS[key]
            ctx.save_for_backward(w, mask)
            return w * mask

        @staticmethod
        def backward(ctx, grad_output):
            w, mask = ctx.saved_tensors
            return grad_output + decay * (~mask) * w

    return SRSTE.apply(weight)
