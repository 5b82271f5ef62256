# alternative: STE by the detach trick plus a hook adding the decay term; pruned entries via masked_fill (+0.0)
def srste_weight(weight: torch.Tensor, n: int, m: int, decay: float = 2e-4) -> torch.Tensor:
    nm_mask(weight, n, m)  # validates weight, n and m in order
    if isinstance(decay, bool) or not isinstance(decay, numbers.Real):
        raise TypeError(f"decay must be a real number, got {decay!r}")
    if not math.isfinite(decay) or decay < 0:
        raise ValueError(f"decay must be finite and >= 0, got {decay!r}")
    decay = float(decay)
    mask = nm_mask(weight, n, m)
    masked = weight.masked_fill(~mask, 0.0)
    out = masked + (weight - weight.detach()).masked_fill(mask, 0.0)  # value: masked; gradient: identity
    if weight.requires_grad:
        frozen = weight.detach().clone()
        out_hook_mask = ~mask
        weight_hook = torch.zeros_like(frozen)
        weight_hook.copy_(frozen * out_hook_mask * decay)

        class AddDecay(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x):
                return x.clone()

            @staticmethod
            def backward(ctx, g):
                return g + weight_hook

        out = AddDecay.apply(out)
    return out
