# alternative: simulates the FIFO queue with collections.deque and exact int counts
def early_bird_epoch(history, window=5, threshold=0.1):
    from collections import deque

    if not isinstance(history, Sequence) or isinstance(history, (str, bytes)):
        raise TypeError("history must be a sequence of tensors")
    if not all(isinstance(m, torch.Tensor) for m in history):
        raise TypeError("history must hold tensors")
    if any(m.shape != history[0].shape for m in history):
        raise ValueError("masks differ in shape")
    window = validate_int("window", window, minimum=2)
    threshold = validate_fraction("threshold", threshold)
    queue = deque(maxlen=window)
    for epoch, mask in enumerate(history):
        queue.append(mask != 0)
        if len(queue) == window:
            newest = queue[-1]
            if all(int((newest != old).sum()) / newest.numel() <= threshold for old in list(queue)[:-1]):
                return epoch
    return None
