# mistake: validates but computes with the arguments as given, then int()s: numpy ints overflow int64 before the conversion
# expect: transformer_macs
def transformer_macs(batch, length, embed, num_heads, heads_kept=None, tokens_kept=None):
    validate_int("batch", batch, 1)
    validate_int("length", length, 1)
    validate_int("embed", embed, 1)
    validate_int("num_heads", num_heads, 1)
    if embed % num_heads:
        raise ValueError("embed must be a multiple of num_heads")
    if heads_kept is None:
        heads_kept = num_heads
    validate_int("heads_kept", heads_kept, 0, num_heads)
    if tokens_kept is None:
        tokens_kept = length
    validate_int("tokens_kept", tokens_kept, 0, length)
    a = heads_kept * (embed // num_heads)
    t = tokens_kept
    return int(4 * batch * t * embed * a + 2 * batch * t * t * a + 8 * batch * t * embed * embed)
