# mistake: checks only rate <= 1 and output_rate <= 1 (negative rates pass)
# expect: error raised


def remaining_fraction(sizes, rate, rounds, output_rate=None):
    if isinstance(sizes, (str, bytes)) or not isinstance(sizes, Sequence):
        raise TypeError("sizes must be a sequence")
    if len(sizes) == 0:
        raise ValueError("no layers")
    sizes = [validate_int("size", n, minimum=1) for n in sizes]
    if isinstance(rate, bool) or not isinstance(rate, (int, float)):
        raise TypeError("rate")
    if rate > 1:
        raise ValueError("rate")
    rounds = validate_int("rounds", rounds, minimum=0)
    if output_rate is None:
        output_rate = rate / 2
    else:
        if isinstance(output_rate, bool) or not isinstance(output_rate, (int, float)):
            raise TypeError("output_rate")
        if output_rate > 1:
            raise ValueError("output_rate")
    total = sum(sizes)
    kept = sum(n * (1 - rate) ** rounds for n in sizes[:-1]) + sizes[-1] * (1 - output_rate) ** rounds
    return float(kept / total)
