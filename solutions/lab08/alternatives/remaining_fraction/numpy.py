# alternative: NumPy arrays of sizes and rates
def remaining_fraction(sizes: Sequence[int], rate: float, rounds: int, output_rate: float | None = None) -> float:
    if isinstance(sizes, (str, bytes)) or not isinstance(sizes, Sequence):
        raise TypeError(f"sizes must be a sequence of ints, got {type(sizes).__name__}")
    if len(sizes) == 0:
        raise ValueError("sizes must hold at least one layer")
    sizes = [validate_int(f"sizes[{i}]", n, minimum=1) for i, n in enumerate(sizes)]
    rate = validate_fraction("rate", rate)
    rounds = validate_int("rounds", rounds, minimum=0)
    output_rate = rate / 2 if output_rate is None else validate_fraction("output_rate", output_rate)
    rates = np.array([rate] * (len(sizes) - 1) + [output_rate], dtype=np.float64)
    kept = float(np.dot(np.array(sizes, dtype=np.float64), (1 - rates) ** rounds))
    return float(kept / sum(sizes))
