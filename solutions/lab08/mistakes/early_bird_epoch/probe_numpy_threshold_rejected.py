# mistake: rejects a numpy float32 threshold
# expect: np.float32


def early_bird_epoch(history, window=5, threshold=0.1):
    if isinstance(history, torch.Tensor) or not isinstance(history, Sequence):
        raise TypeError("history must be a sequence")
    for i, m in enumerate(history):
        validate_type(f"history[{i}]", m, torch.Tensor)
        if m.shape != history[0].shape:
            raise ValueError("shapes differ")
    window = validate_int("window", window, minimum=2)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
        raise TypeError("threshold")
    if not 0 <= threshold <= 1:
        raise ValueError("threshold")
    for e in range(window - 1, len(history)):
        if all(mask_distance(history[e], history[j]) <= threshold for j in range(e - window + 1, e)):
            return e
    return None
