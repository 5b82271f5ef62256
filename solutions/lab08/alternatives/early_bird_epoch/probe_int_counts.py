# alternative: compares integer counts: differ * 1 <= threshold * numel in exact fractions


def early_bird_epoch(history, window=5, threshold=0.1):
    if isinstance(history, torch.Tensor) or not isinstance(history, Sequence):
        raise TypeError("history must be a sequence")
    for i, m in enumerate(history):
        validate_type(f"history[{i}]", m, torch.Tensor)
        if m.shape != history[0].shape:
            raise ValueError("shapes differ")
    window = validate_int("window", window, minimum=2)
    threshold = validate_fraction("threshold", threshold)
    for e in range(window - 1, len(history)):
        if all(
            __import__("fractions").Fraction(int(((history[e] != 0) != (history[j] != 0)).sum()), history[e].numel())
            <= __import__("fractions").Fraction(threshold)
            for j in range(e - window + 1, e)
        ):
            return e
    return None
