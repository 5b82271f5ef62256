# alternative: numpy float64 weighted average, validates with isinstance checks
def remaining_fraction(sizes, rate, rounds, output_rate=None):
    if not isinstance(sizes, Sequence) or isinstance(sizes, str):
        raise TypeError("sizes must be a sequence of ints")
    for s in sizes:
        if isinstance(s, (bool, np.bool_)) or not isinstance(s, (int, np.integer)):
            raise TypeError("sizes must hold ints")
    if len(sizes) < 1 or min(sizes) < 1:
        raise ValueError("sizes must be >= 1")
    rate = validate_fraction("rate", rate)
    rounds = validate_int("rounds", rounds, 0)
    if output_rate is None:
        output_rate = rate / 2
    else:
        output_rate = validate_fraction("output_rate", output_rate)
    n = np.asarray(sizes, dtype=np.float64)
    p = np.full(len(sizes), rate, dtype=np.float64)
    p[-1] = output_rate
    return float(np.average((1.0 - p) ** rounds, weights=n))
