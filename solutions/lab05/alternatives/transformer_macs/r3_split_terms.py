# alternative: numbers.Integral validation by hand, separate terms with D = E // M
def transformer_macs(batch, length, embed, num_heads, heads_kept=None, tokens_kept=None):
    import numbers

    def as_int(name, value, low, high=None):
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            raise TypeError(f"{name} must be an int")
        value = int(value)
        if value < low or (high is not None and value > high):
            raise ValueError(f"{name} out of range")
        return value

    b = as_int("batch", batch, 1)
    l = as_int("length", length, 1)
    e = as_int("embed", embed, 1)
    m = as_int("num_heads", num_heads, 1)
    if e % m != 0:
        raise ValueError("embed must be a multiple of num_heads")
    kept = m if heads_kept is None else as_int("heads_kept", heads_kept, 0, m)
    t = l if tokens_kept is None else as_int("tokens_kept", tokens_kept, 0, l)
    d = e // m
    attention_width = kept * d
    projections = 4 * b * t * e * attention_width
    scores = b * t * t * attention_width
    weighted = b * t * t * attention_width
    mlp = 2 * (4 * b * t * e * e)
    return projections + scores + weighted + mlp
