# alternative: slices the history instead of keeping a queue
def early_bird_epoch(history: Sequence[torch.Tensor], window: int = 5, threshold: float = 0.1) -> int | None:
    if isinstance(history, torch.Tensor) or not isinstance(history, Sequence):
        raise TypeError(f"history must be a sequence of tensors, got {type(history).__name__}")
    for epoch, mask in enumerate(history):
        validate_type(f"history[{epoch}]", mask, torch.Tensor)
        if mask.shape != history[0].shape:
            raise ValueError("all masks must have the same shape")
    window = validate_int("window", window, minimum=2)
    threshold = validate_fraction("threshold", threshold)
    for epoch in range(window - 1, len(history)):
        older = history[epoch - window + 1 : epoch]
        if all(mask_distance(history[epoch], old) <= threshold for old in older):
            return epoch
    return None
