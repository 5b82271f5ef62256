# mistake: accepts a bool as rounds
# expect: rounds True


def remaining_fraction(sizes, rate, rounds, output_rate=None):
    if isinstance(sizes, (str, bytes)) or not isinstance(sizes, Sequence):
        raise TypeError("sizes must be a sequence")
    if len(sizes) == 0:
        raise ValueError("no layers")
    sizes = [validate_int("size", n, minimum=1) for n in sizes]
    rate = validate_fraction("rate", rate)
    if not isinstance(rounds, int) or rounds < 0:
        raise TypeError("rounds")
    if output_rate is None:
        output_rate = rate / 2
    else:
        output_rate = validate_fraction("output_rate", output_rate)
    total = sum(sizes)
    kept = sum(n * (1 - rate) ** rounds for n in sizes[:-1]) + sizes[-1] * (1 - output_rate) ** rounds
    return float(kept / total)
