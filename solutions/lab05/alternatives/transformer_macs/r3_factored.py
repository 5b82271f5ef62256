# alternative: factored integer formula B*T*(4*E*A + 2*T*A + 8*E*E), A = heads_kept*E//M
def transformer_macs(batch, length, embed, num_heads, heads_kept=None, tokens_kept=None):
    args = [validate_int("batch", batch, 1), validate_int("length", length, 1), validate_int("embed", embed, 1)]
    b, l, e = args
    m = validate_int("num_heads", num_heads, 1)
    if e % m:
        raise ValueError("embed is not a multiple of num_heads")
    if heads_kept is not None:
        heads_kept = validate_int("heads_kept", heads_kept, 0, m)
    else:
        heads_kept = m
    if tokens_kept is not None:
        tokens_kept = validate_int("tokens_kept", tokens_kept, 0, l)
    else:
        tokens_kept = l
    a = heads_kept * e // m
    t = tokens_kept
    return int(b * t * (4 * e * a + 2 * t * a + 8 * e * e))
