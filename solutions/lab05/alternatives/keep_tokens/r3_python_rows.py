# alternative: Python sorted() per row with key (not special, -score, index)
def keep_tokens(scores, keep, special):
    validate_type("scores", scores, torch.Tensor)
    if not scores.dtype.is_floating_point:
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    validate_int("keep", keep, 0, scores.shape[1])
    validate_type("special", special, torch.Tensor)
    if special.dtype != torch.bool:
        raise TypeError("special must be bool")
    if special.shape != scores.shape:
        raise ValueError("shape mismatch")
    rows = []
    for score_row, special_row in zip(scores.tolist(), special.tolist()):
        if sum(special_row) > keep:
            raise ValueError("more special tokens than keep")
        ranked = sorted(range(len(score_row)), key=lambda i: (not special_row[i], -score_row[i], i))
        rows.append(sorted(ranked[:keep]))
    return torch.tensor(rows, dtype=torch.long, device=scores.device).reshape(scores.shape[0], int(keep))
