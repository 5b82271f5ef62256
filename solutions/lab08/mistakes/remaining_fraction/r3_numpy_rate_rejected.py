# mistake: rejects numpy scalar rates (isinstance(rate, (int, float)))
# expect: numpy
def remaining_fraction(sizes, rate, rounds, output_rate=None):
    validate_type("sizes", sizes, Sequence)
    if isinstance(sizes, str):
        raise TypeError("sizes must be a sequence of ints")
    for s in sizes:
        validate_type("sizes entry", s, (int, np.integer))
    if len(sizes) == 0:
        raise ValueError("sizes must not be empty")
    if any(s < 1 for s in sizes):
        raise ValueError("every size must be >= 1")
    if not isinstance(rate, (int, float)) or isinstance(rate, bool):
        raise TypeError("rate must be a real number")
    rate = validate_fraction("rate", rate)
    rounds = validate_int("rounds", rounds, minimum=0)
    output_rate = rate / 2 if output_rate is None else validate_fraction("output_rate", output_rate)
    total = sum(int(s) for s in sizes)
    rates = [rate] * (len(sizes) - 1) + [output_rate]
    kept = sum(int(n) * (1 - p) ** rounds for n, p in zip(sizes, rates))
    return float(kept / total)
