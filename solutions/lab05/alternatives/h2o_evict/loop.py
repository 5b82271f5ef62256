# alternative: a loop over heads with sorted()
def h2o_evict(scores: torch.Tensor, recent: int, heavy: int) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError(f"scores must be a floating-point tensor, got {scores.dtype}")
    if scores.dim() != 2:
        raise ValueError(f"scores must have shape (H, N), got {tuple(scores.shape)}")
    recent = validate_int("recent", recent, minimum=0)
    heavy = validate_int("heavy", heavy, minimum=0)
    heads, length = scores.shape
    if length <= recent + heavy:
        return torch.arange(length, device=scores.device).expand(heads, length).clone()
    older = length - recent
    rows = []
    for row in scores.tolist():
        best = sorted(range(older), key=lambda i: (-row[i], i))[:heavy]
        rows.append(sorted(best) + list(range(older, length)))
    return torch.tensor(rows, dtype=torch.int64).view(heads, recent + heavy).to(scores.device)
