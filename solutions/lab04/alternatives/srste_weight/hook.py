# alternative: straight-through by the detach trick, the refinement term added by a hook on the output
def srste_weight(weight: torch.Tensor, n: int, m: int, decay: float = 2e-4) -> torch.Tensor:
    mask = nm_mask(weight, n, m)
    if isinstance(decay, bool) or not isinstance(decay, (int, float, np.integer, np.floating)):
        raise TypeError("decay must be a real number")
    if not math.isfinite(decay) or decay < 0:
        raise ValueError("decay must be finite and >= 0")
    dense = weight.detach()
    out = torch.where(mask, dense, torch.zeros_like(dense)) + (weight - dense)  # value w * mask, gradient identity
    if out.requires_grad:
        pull = float(decay) * (~mask) * dense
        out.register_hook(lambda grad: grad + pull)
    return out
