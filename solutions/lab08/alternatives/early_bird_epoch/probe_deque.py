# alternative: collections.deque FIFO queue with maxlen


def early_bird_epoch(history, window=5, threshold=0.1):
    if isinstance(history, torch.Tensor) or not isinstance(history, Sequence):
        raise TypeError("history must be a sequence")
    for i, m in enumerate(history):
        validate_type(f"history[{i}]", m, torch.Tensor)
        if m.shape != history[0].shape:
            raise ValueError("shapes differ")
    window = validate_int("window", window, minimum=2)
    threshold = validate_fraction("threshold", threshold)
    from collections import deque

    q = deque(maxlen=window)
    for e, m in enumerate(history):
        q.append(m)
        if len(q) == window and max(mask_distance(q[-1], o) for o in list(q)[:-1]) <= threshold:
            return e
    return None
