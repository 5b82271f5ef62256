# mistake: requires every pair in the queue (not only newest vs older) to be within the threshold
# expect: not compared with each other
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
        if all(
            mask_distance(history[i], history[j]) <= threshold
            for i in range(e - window + 1, e + 1)
            for j in range(e - window + 1, i)
        ):
            return e
    return None
