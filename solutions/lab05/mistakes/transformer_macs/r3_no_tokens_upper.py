# mistake: tokens_kept > length accepted (no upper bound)
# expect: Error
def transformer_macs(batch, length, embed, num_heads, heads_kept=None, tokens_kept=None):
    b = validate_int("batch", batch, 1)
    l = validate_int("length", length, 1)
    e = validate_int("embed", embed, 1)
    m = validate_int("num_heads", num_heads, 1)
    if e % m:
        raise ValueError("embed must be a multiple of num_heads")
    h = m if heads_kept is None else validate_int("heads_kept", heads_kept, 0, m)
    t = l if tokens_kept is None else validate_int("tokens_kept", tokens_kept, 0)
    a = h * (e // m)
    return 4 * b * t * e * a + 2 * b * t**2 * a + 8 * b * t * e**2
