# alternative: repeated argmax (first maximum) over a working copy, specials taken first
def keep_tokens(scores, keep, special):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    validate_int("keep", keep, 0, scores.shape[1])
    validate_type("special", special, torch.Tensor)
    if special.dtype != torch.bool:
        raise TypeError("special must be bool")
    if special.shape != scores.shape:
        raise ValueError("shape mismatch")
    counts = special.sum(dim=1)
    if (counts > keep).any():
        raise ValueError("more special tokens than keep")
    work = scores.detach().clone().double()
    chosen = special.clone()
    for _ in range(int(keep) - int(counts.min()) if scores.shape[0] else 0):
        need = chosen.sum(dim=1) < keep
        masked = work.masked_fill(chosen, -float("inf"))
        best = masked.argmax(dim=1)
        chosen[torch.arange(scores.shape[0], device=scores.device)[need], best[need]] = True
    positions = torch.arange(scores.shape[1], device=scores.device).expand_as(scores)
    return positions[chosen].view(scores.shape[0], int(keep))
