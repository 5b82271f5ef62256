# alternative: numpy float64 concatenate and np.sort
def global_threshold(scales, percent):
    parts = []
    for name, gamma in scales.items():
        if not isinstance(gamma, torch.Tensor):
            raise TypeError("not a tensor")
        parts.append(np.abs(gamma.detach().cpu().double().numpy().ravel()))
    if sum(p.size for p in parts) == 0:
        raise ValueError("no scales")
    if isinstance(percent, (bool, np.bool_)) or not isinstance(percent, (int, float, np.integer, np.floating)):
        raise TypeError("percent")
    if percent < 0 or percent >= 1:
        raise ValueError("percent")
    flat = np.sort(np.concatenate(parts), kind="stable")
    return float(flat[int(flat.size * percent)])
