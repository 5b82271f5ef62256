# mistake: argsort without stable=True (ties unspecified)
# expect: tie
def keep_tokens(scores: torch.Tensor, keep: int, special: torch.Tensor) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point.")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D.")
    keep = validate_int("keep", keep, 0, scores.shape[1])
    validate_type("special", special, torch.Tensor)
    if special.dtype != torch.bool:
        raise TypeError("special must be a bool tensor.")
    if special.shape != scores.shape:
        raise ValueError("special's shape differs from scores'.")
    if special.numel() and int(special.sum(dim=1).max()) > keep:
        raise ValueError("a row has more special tokens than keep.")
    key = scores.masked_fill(special, float("inf"))
    order = torch.argsort(key, dim=1, descending=True)[:, :keep]
    return order.sort(dim=1).values
