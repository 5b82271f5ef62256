# alternative: per-row Python sort by (special, score, -index)
def keep_tokens(scores, keep, special):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    keep = validate_int("keep", keep, 0, scores.shape[1])
    validate_type("special", special, torch.Tensor)
    if special.dtype != torch.bool:
        raise TypeError("special must be bool")
    if special.shape != scores.shape:
        raise ValueError("shape mismatch")
    s, sp = scores.detach().cpu().tolist(), special.cpu().tolist()
    rows = []
    for values, flags in zip(s, sp):
        if sum(flags) > keep:
            raise ValueError("too many special tokens")
        order = sorted(range(len(values)), key=lambda i: (not flags[i], -values[i], i))
        rows.append(sorted(order[:keep]))
    return torch.tensor(rows, dtype=torch.int64, device=scores.device).reshape(scores.shape[0], keep)
