# alternative: sum of the table's parts with the head width D
def transformer_macs(batch, length, embed, num_heads, heads_kept=None, tokens_kept=None):
    b = validate_int("batch", batch, 1)
    l = validate_int("length", length, 1)
    e = validate_int("embed", embed, 1)
    m = validate_int("num_heads", num_heads, 1)
    if e % m:
        raise ValueError("embed must be a multiple of num_heads")
    k = m if heads_kept is None else validate_int("heads_kept", heads_kept, 0, m)
    t = l if tokens_kept is None else validate_int("tokens_kept", tokens_kept, 0, l)
    d = e // m
    projections = 4 * b * t * e * (k * d)
    scores = k * b * t * t * d
    weighted = k * b * t * t * d
    mlp = 2 * (b * t * e * 4 * e)
    return int(projections + scores + weighted + mlp)
