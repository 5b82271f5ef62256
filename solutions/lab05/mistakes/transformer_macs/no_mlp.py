# mistake: forgets the MLP
# expect: forget the MLP
def transformer_macs(
    batch: int, length: int, embed: int, num_heads: int, heads_kept: int | None = None, tokens_kept: int | None = None
) -> int:
    batch = validate_int("batch", batch, minimum=1)
    length = validate_int("length", length, minimum=1)
    embed = validate_int("embed", embed, minimum=1)
    num_heads = validate_int("num_heads", num_heads, minimum=1)
    if embed % num_heads:
        raise ValueError(f"embed = {embed} is not a multiple of num_heads = {num_heads}")
    heads = num_heads if heads_kept is None else validate_int("heads_kept", heads_kept, minimum=0, maximum=num_heads)
    tokens = length if tokens_kept is None else validate_int("tokens_kept", tokens_kept, minimum=0, maximum=length)
    width = heads * (embed // num_heads)
    projections = 4 * batch * tokens * embed * width  # query, key, value, output
    attention = 2 * batch * tokens * tokens * width  # Q K^T and A V over the kept heads
    mlp = 8 * batch * tokens * embed * embed  # E -> 4E -> E
    return projections + attention
