# mistake: draws a ticket before the queue is full
# expect: before the queue is full
def early_bird_epoch(history: Sequence[torch.Tensor], window: int = 5, threshold: float = 0.1) -> int | None:
    if isinstance(window, bool) or not isinstance(window, int):
        raise TypeError(f"window must be an int, got {window!r}")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
        raise TypeError(f"threshold must be a real number, got {threshold!r}")
    if window < 2 or not 0 <= threshold <= 1:
        raise ValueError("window must be >= 2 and threshold in [0, 1]")
    for mask in history:
        if mask.shape != history[0].shape:
            raise ValueError("all masks must have the same shape")
    queue = []
    for epoch, mask in enumerate(history):
        queue.append(mask)
        if len(queue) > window:
            queue.pop(0)
        if all(mask_distance(queue[-1], old) <= threshold for old in queue[:-1]):
            return epoch
    return None
