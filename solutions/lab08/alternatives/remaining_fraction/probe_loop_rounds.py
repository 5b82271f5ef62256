# alternative: multiplies the survivors round by round in a loop


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
    left = [float(n) for n in sizes]
    for _ in range(rounds):
        left = [x * (1 - rate) for x in left[:-1]] + [left[-1] * (1 - output_rate)]
    return sum(left) / sum(sizes)
