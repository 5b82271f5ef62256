# alternative: numpy vectorised weighted mean


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
    n = np.array(sizes, dtype=np.float64)
    p = np.full(len(sizes), rate, dtype=np.float64)
    p[-1] = output_rate
    return float(np.sum(n * (1 - p) ** rounds) / np.sum(n))
