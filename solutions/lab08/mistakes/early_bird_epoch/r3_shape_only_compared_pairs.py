# mistake: never checks shapes up front; masks that differ in shape outside a compared pair pass
# expect: ValueError
def early_bird_epoch(history, window=5, threshold=0.1):
    validate_type("history", history, Sequence)
    for mask in history:
        validate_type("history entry", mask, torch.Tensor)
    window = validate_int("window", window, minimum=2)
    threshold = validate_fraction("threshold", threshold)
    for e in range(window - 1, len(history)):
        if all(mask_distance(history[e], history[j]) <= threshold for j in range(e - window + 1, e)):
            return e
    return None
