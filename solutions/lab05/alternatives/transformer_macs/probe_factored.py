# alternative: factored form B*T*(4EA + 2TA + 8E^2), own validation
import numbers


def transformer_macs(batch, length, embed, num_heads, heads_kept=None, tokens_kept=None):
    def as_int(name, v, lo, hi=None):
        if isinstance(v, bool) or not isinstance(v, numbers.Integral):
            raise TypeError(f"{name} must be an int")
        if v < lo or (hi is not None and v > hi):
            raise ValueError(f"{name} out of range")
        return int(v)

    batch = as_int("batch", batch, 1)
    length = as_int("length", length, 1)
    embed = as_int("embed", embed, 1)
    num_heads = as_int("num_heads", num_heads, 1)
    if embed % num_heads:
        raise ValueError("embed must be a multiple of num_heads")
    hk = num_heads if heads_kept is None else as_int("heads_kept", heads_kept, 0, num_heads)
    t = length if tokens_kept is None else as_int("tokens_kept", tokens_kept, 0, length)
    a = hk * embed // num_heads
    return batch * t * (4 * embed * a + 2 * t * a + 8 * embed * embed)
