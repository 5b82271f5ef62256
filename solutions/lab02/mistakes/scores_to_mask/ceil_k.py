# mistake: rounds k up with math.ceil instead of round()
# wrong on: 0.625 global on 66 entries...
# expect: round
def scores_to_mask(
    scores: Mapping[str, torch.Tensor], sparsity: float, scope: str = "global"
) -> dict[str, torch.Tensor]:
    if isinstance(sparsity, bool) or not isinstance(sparsity, (int, float)):
        raise TypeError(f"sparsity must be a real number, got {sparsity!r}")
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must be in [0, 1], got {sparsity!r}")
    if scope not in ("local", "global"):
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    if not scores:
        raise ValueError("scores must name at least one tensor")
    groups = [[name] for name in scores] if scope == "local" else [list(scores)]
    masks = {}
    for names in groups:
        flat = torch.cat([scores[name].detach().flatten().double().cpu() for name in names])
        keep = torch.ones(flat.numel(), dtype=torch.bool)
        keep[torch.argsort(flat, stable=True)[: math.ceil(sparsity * flat.numel())]] = False
        start = 0
        for name in names:
            s = scores[name]
            masks[name] = keep[start : start + s.numel()].reshape(s.shape).to(dtype=s.dtype, device=s.device)
            start += s.numel()
    return {name: masks[name] for name in scores}
