# mistake: checks every type first, then the ranges (transformer_macs(0, 2.0, ...) raises TypeError)
# expect: Error
def transformer_macs(batch, length, embed, num_heads, heads_kept=None, tokens_kept=None):
    for name, value in (("batch", batch), ("length", length), ("embed", embed), ("num_heads", num_heads)):
        validate_int(name, value)
    b = validate_int("batch", batch, 1)
    l = validate_int("length", length, 1)
    e = validate_int("embed", embed, 1)
    m = validate_int("num_heads", num_heads, 1)
    if e % m:
        raise ValueError("embed must be a multiple of num_heads")
    h = m if heads_kept is None else validate_int("heads_kept", heads_kept, 0, m)
    t = l if tokens_kept is None else validate_int("tokens_kept", tokens_kept, 0, l)
    a = h * (e // m)
    return 4 * b * t * e * a + 2 * b * t**2 * a + 8 * b * t * e**2
