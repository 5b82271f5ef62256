# mistake: rejects threshold 0 (validates it as a strict fraction on the low side)
# expect: (2, 0.0)
def early_bird_epoch(history, window=5, threshold=0.1):
    validate_type("history", history, Sequence)
    for mask in history:
        validate_type("history entry", mask, torch.Tensor)
    for mask in history[1:]:
        if mask.shape != history[0].shape:
            raise ValueError("masks differ in shape")
    window = validate_int("window", window, minimum=2)
    threshold = validate_fraction("threshold", threshold)
    if threshold == 0:
        raise ValueError("threshold must be > 0")
    for e in range(window - 1, len(history)):
        if all(mask_distance(history[e], history[j]) <= threshold for j in range(e - window + 1, e)):
            return e
    return None
