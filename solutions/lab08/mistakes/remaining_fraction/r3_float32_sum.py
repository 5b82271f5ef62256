# mistake: sums in float32 with torch (about 1e-7 relative error)
# expect: remaining_fraction
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
    rate = validate_fraction("rate", rate)
    rounds = validate_int("rounds", rounds, minimum=0)
    output_rate = rate / 2 if output_rate is None else validate_fraction("output_rate", output_rate)
    total = sum(int(s) for s in sizes)
    rates = [rate] * (len(sizes) - 1) + [output_rate]
    n = torch.tensor([int(s) for s in sizes], dtype=torch.float32)
    keep = (1 - torch.tensor(rates, dtype=torch.float32)) ** rounds
    return float((n * keep).sum() / n.sum())
