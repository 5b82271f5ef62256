# mistake: loops over rows and torch.stack()s them: a batch of 0 rows raises
# expect: 0 rows
def keep_tokens(scores, keep, special):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    validate_int("keep", keep, 0, scores.shape[1])
    validate_type("special", special, torch.Tensor)
    if special.dtype != torch.bool:
        raise TypeError("special must be a bool tensor")
    if special.shape != scores.shape:
        raise ValueError("special must have scores' shape")
    rows = []
    for row, mask in zip(scores, special):
        if int(mask.sum()) > keep:
            raise ValueError("more special tokens than keep")
        key = row.masked_fill(mask, float("inf"))
        rows.append(torch.sort(key, descending=True, stable=True).indices[:keep].sort().values)
    return torch.stack(rows)
