# alternative: stacks the history and computes each queue's largest distance with a max over a slice
def early_bird_epoch(history, window=5, threshold=0.1):
    validate_type("history", history, Sequence)
    for m in history:
        validate_type("mask", m, torch.Tensor)
    shapes = {tuple(m.shape) for m in history}
    if len(shapes) > 1:
        raise ValueError("masks differ in shape")
    window = validate_int("window", window, minimum=2)
    threshold = validate_fraction("threshold", threshold)
    if len(history) < window:
        return None
    kept = torch.stack([(m != 0).flatten() for m in history])
    n = kept.shape[1]
    for e in range(window - 1, len(history)):
        counts = (kept[e - window + 1 : e] != kept[e]).sum(dim=1)
        if int(counts.max()) / n <= threshold:
            return e
    return None
