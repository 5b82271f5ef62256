# alternative: python loop over float64 values, max() for the fallback
def kept_channels(scales, threshold):
    for name, gamma in scales.items():
        if not isinstance(gamma, torch.Tensor):
            raise TypeError("not a tensor")
        if gamma.ndim != 1 or len(gamma) == 0:
            raise ValueError("bad shape")
    if isinstance(threshold, (bool, np.bool_)) or not isinstance(threshold, (int, float, np.integer, np.floating)):
        raise TypeError("threshold")
    out = {}
    for name, gamma in scales.items():
        values = [abs(v) for v in gamma.detach().cpu().double().tolist()]
        idx = [i for i, v in enumerate(values) if v > threshold]
        if not idx:
            best = max(values)
            idx = [values.index(best)]
        out[name] = torch.tensor(idx, dtype=torch.int64, device=gamma.device)
    return out
