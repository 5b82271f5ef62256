# alternative: a Python loop with sorted()
def keep_tokens(scores: torch.Tensor, keep: int, special: torch.Tensor) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError(f"scores must be a floating-point tensor, got {scores.dtype}")
    if scores.dim() != 2:
        raise ValueError(f"scores must have shape (B, L), got {tuple(scores.shape)}")
    keep = validate_int("keep", keep, minimum=0, maximum=scores.shape[1])
    validate_type("special", special, torch.Tensor)
    if special.dtype != torch.bool:
        raise TypeError(f"special must be a bool tensor, got {special.dtype}")
    if special.shape != scores.shape:
        raise ValueError(f"special must have shape {tuple(scores.shape)}, got {tuple(special.shape)}")
    if special.numel() and int(special.sum(dim=1).max()) > keep:
        raise ValueError(f"a row has more special tokens than keep = {keep}")
    rows = []
    for row_scores, row_special in zip(scores.tolist(), special.tolist()):
        ranked = sorted(range(len(row_scores)), key=lambda i: (not row_special[i], -row_scores[i], i))
        rows.append(sorted(ranked[:keep]))
    return torch.tensor(rows, dtype=torch.int64).view(scores.shape[0], keep).to(scores.device)
