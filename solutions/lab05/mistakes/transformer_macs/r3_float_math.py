# mistake: computes in floats (E**2.0, / instead of //) and int()s the result: wrong beyond 2**53
# expect: transformer_macs
def transformer_macs(batch, length, embed, num_heads, heads_kept=None, tokens_kept=None):
    b = validate_int("batch", batch, 1)
    l = validate_int("length", length, 1)
    e = validate_int("embed", embed, 1)
    m = validate_int("num_heads", num_heads, 1)
    if e % m:
        raise ValueError("embed must be a multiple of num_heads")
    h = m if heads_kept is None else validate_int("heads_kept", heads_kept, 0, m)
    t = l if tokens_kept is None else validate_int("tokens_kept", tokens_kept, 0, l)
    a = h * (e / m)
    return int(4 * b * t * e * a + 2 * b * t**2 * a + 8 * b * t * e**2.0)
