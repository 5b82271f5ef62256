# mistake: rounds the answer to 4 decimals
# expect: the values for 0 rounds


def remaining_fraction(sizes, rate, rounds, output_rate=None):
    if isinstance(sizes, (str, bytes)) or not isinstance(sizes, Sequence):
        raise TypeError("sizes must be a sequence")
    if len(sizes) == 0:
        raise ValueError("no layers")
    sizes = [validate_int("size", n, minimum=1) for n in sizes]
    rate = validate_fraction("rate", rate)
    rounds = validate_int("rounds", rounds, minimum=0)
    if output_rate is None:
        output_rate = rate / 2
    else:
        output_rate = validate_fraction("output_rate", output_rate)
    total = sum(sizes)
    kept = sum(n * (1 - rate) ** rounds for n in sizes[:-1]) + sizes[-1] * (1 - output_rate) ** rounds
    return round(float(kept / total), 4)
