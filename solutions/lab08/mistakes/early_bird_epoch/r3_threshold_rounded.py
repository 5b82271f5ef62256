# mistake: compares round(distance, 2) with the threshold
# expect: not rounded
def early_bird_epoch(history, window=5, threshold=0.1):
    validate_type("history", history, Sequence)
    for mask in history:
        validate_type("history entry", mask, torch.Tensor)
    for mask in history[1:]:
        if mask.shape != history[0].shape:
            raise ValueError("masks differ in shape")
    window = validate_int("window", window, minimum=2)
    threshold = validate_fraction("threshold", threshold)
    for e in range(window - 1, len(history)):
        if all(round(mask_distance(history[e], history[j]), 2) <= threshold for j in range(e - window + 1, e)):
            return e
    return None
