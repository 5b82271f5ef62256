# mistake: uses r - 1 rounds
# expect: r - 1
def remaining_fraction(sizes: Sequence[int], rate: float, rounds: int, output_rate: float | None = None) -> float:
    for name, value in (("rate", rate), ("output_rate", output_rate)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise TypeError(f"{name} must be a real number, got {value!r}")
    if output_rate is None:
        output_rate = rate / 2
    if not (0 <= rate <= 1 and 0 <= output_rate <= 1):
        raise ValueError("rates must be in [0, 1]")
    if isinstance(rounds, bool) or not isinstance(rounds, int):
        raise TypeError(f"rounds must be an int, got {rounds!r}")
    if rounds < 0:
        raise ValueError("rounds must be >= 0")
    if len(sizes) == 0 or any(isinstance(n, bool) or not isinstance(n, int) or n < 1 for n in sizes):
        raise ValueError("sizes must be ints >= 1, at least one")
    kept = sum(n * (1 - rate) ** (rounds - 1) for n in sizes[:-1]) + sizes[-1] * (1 - output_rate) ** (rounds - 1)
    return float(kept / sum(sizes))
