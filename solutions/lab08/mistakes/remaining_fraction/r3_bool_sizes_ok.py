# mistake: accepts bools as sizes (isinstance(s, int))
# expect: TypeError
def remaining_fraction(sizes, rate, rounds, output_rate=None):
    validate_type("sizes", sizes, Sequence)
    if isinstance(sizes, str):
        raise TypeError("sizes must be a sequence of ints")
    for s in sizes:
        if not isinstance(s, (int, np.integer)):
            raise TypeError("sizes must hold ints")
    if len(sizes) == 0:
        raise ValueError("sizes must not be empty")
    if any(s < 1 for s in sizes):
        raise ValueError("every size must be >= 1")
    rate = validate_fraction("rate", rate)
    rounds = validate_int("rounds", rounds, minimum=0)
    output_rate = rate / 2 if output_rate is None else validate_fraction("output_rate", output_rate)
    total = sum(int(s) for s in sizes)
    rates = [rate] * (len(sizes) - 1) + [output_rate]
    kept = sum(int(n) * (1 - p) ** rounds for n, p in zip(sizes, rates))
    return float(kept / total)
