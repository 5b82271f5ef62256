# alternative: simulates the rounds with a loop of multiplications per layer
def remaining_fraction(sizes, rate, rounds, output_rate=None):
    validate_type("sizes", sizes, (list, tuple, range))
    for s in sizes:
        validate_int("size", s)
    if not sizes:
        raise ValueError("empty")
    for s in sizes:
        validate_int("size", s, minimum=1)
    rate = validate_fraction("rate", rate)
    rounds = validate_int("rounds", rounds, minimum=0)
    out = rate / 2 if output_rate is None else validate_fraction("output_rate", output_rate)
    left = [float(s) for s in sizes]
    for _ in range(rounds):
        left = [x * (1 - rate) for x in left[:-1]] + [left[-1] * (1 - out)]
    return float(sum(left) / sum(sizes))
