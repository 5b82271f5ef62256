# mistake: accepts window=True (isinstance(window, int)), then ValueError
# expect: TypeError
def early_bird_epoch(history, window=5, threshold=0.1):
    validate_type("history", history, Sequence)
    for mask in history:
        validate_type("history entry", mask, torch.Tensor)
    for mask in history[1:]:
        if mask.shape != history[0].shape:
            raise ValueError("masks differ in shape")
    if not isinstance(window, int):
        raise TypeError("window")
    if window < 2:
        raise ValueError("window must be >= 2")
    threshold = validate_fraction("threshold", threshold)
    for e in range(window - 1, len(history)):
        if all(mask_distance(history[e], history[j]) <= threshold for j in range(e - window + 1, e)):
            return e
    return None
