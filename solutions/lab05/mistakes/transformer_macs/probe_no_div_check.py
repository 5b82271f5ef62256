# mistake: does not check that embed is a multiple of num_heads
# expect: embed 8 with 3 heads
def transformer_macs(
    batch: int, length: int, embed: int, num_heads: int, heads_kept: int | None = None, tokens_kept: int | None = None
) -> int:
    batch = validate_int("batch", batch, 1)
    length = validate_int("length", length, 1)
    embed = validate_int("embed", embed, 1)
    num_heads = validate_int("num_heads", num_heads, 1)
    heads_kept = num_heads if heads_kept is None else validate_int("heads_kept", heads_kept, 0, num_heads)
    tokens_kept = length if tokens_kept is None else validate_int("tokens_kept", tokens_kept, 0, length)
    a = heads_kept * (embed // num_heads)
    t = tokens_kept
    return 4 * batch * t * embed * a + 2 * batch * t * t * a + 8 * batch * t * embed**2
