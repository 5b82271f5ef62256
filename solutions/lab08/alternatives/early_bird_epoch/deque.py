# alternative: a deque(maxlen=window) as the FIFO queue
def early_bird_epoch(history: Sequence[torch.Tensor], window: int = 5, threshold: float = 0.1) -> int | None:
    if isinstance(history, torch.Tensor) or not isinstance(history, Sequence):
        raise TypeError(f"history must be a sequence of tensors, got {type(history).__name__}")
    for epoch, mask in enumerate(history):
        validate_type(f"history[{epoch}]", mask, torch.Tensor)
        if mask.shape != history[0].shape:
            raise ValueError("all masks must have the same shape")
    window = validate_int("window", window, minimum=2)
    threshold = validate_fraction("threshold", threshold)
    from collections import deque

    queue = deque(maxlen=window)
    for epoch, mask in enumerate(history):
        queue.append(mask)
        if len(queue) == window and all(mask_distance(queue[-1], old) <= threshold for old in list(queue)[:-1]):
            return epoch
    return None
