# alternative: sorts a composite key score * n + position made exact with torch.sort on (score, index) via lexsort
def scores_to_mask(
    scores: Mapping[str, torch.Tensor], sparsity: float, scope: str = "global"
) -> dict[str, torch.Tensor]:
    validate_type("scores", scores, Mapping)
    for name, s in scores.items():
        validate_type(f"scores[{name!r}]", s, torch.Tensor)
    if not scores:
        raise ValueError("scores must name at least one tensor")
    sparsity = validate_fraction("sparsity", sparsity)
    validate_type("scope", scope, str)
    if scope not in ("local", "global"):
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    groups = [[name] for name in scores] if scope == "local" else [list(scores)]
    masks = {}
    for names in groups:
        flat = torch.cat([scores[name].detach().flatten().double().cpu() for name in names])
        keep = torch.ones(flat.numel(), dtype=torch.bool)
        order = np.lexsort((np.arange(flat.numel()), flat.numpy()))
        keep[torch.from_numpy(order[: round(sparsity * flat.numel())].copy())] = False
        start = 0
        for name in names:
            s = scores[name]
            masks[name] = keep[start : start + s.numel()].reshape(s.shape).to(dtype=s.dtype, device=s.device)
            start += s.numel()
    return {name: masks[name] for name in scores}
