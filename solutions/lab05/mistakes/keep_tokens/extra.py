# mistake: keeps keep ordinary tokens on top of the specials
# expect: on top of the special ones
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
    # Stable sorts: by score (high first, ties keep the lower index first), then special tokens to the front.
    by_score = torch.sort(scores.detach(), dim=1, descending=True, stable=True).indices
    specials_first = torch.sort(special.gather(1, by_score).to(torch.uint8), dim=1, descending=True, stable=True)
    chosen = by_score.gather(1, specials_first.indices)[:, : keep + int(special.sum(dim=1).max())]
    return torch.sort(chosen, dim=1).values
