# alternative: bincount of ids shifted by their minimum (float64 counts), without touching the inputs
def compression_disparity(y_true, dense_pred, compressed_pred, groups):
    args = {"y_true": y_true, "dense_pred": dense_pred, "compressed_pred": compressed_pred, "groups": groups}
    for name, t in args.items():
        if not isinstance(t, torch.Tensor):
            raise TypeError(f"{name} must be a tensor")
        if t.dtype == torch.bool or torch.is_floating_point(t) or torch.is_complex(t):
            raise TypeError(f"{name} must have an integer dtype")
        if t.ndim != 1:
            raise ValueError(f"{name} must be 1-D")
        if name == "y_true" and t.numel() == 0:
            raise ValueError("y_true is empty")
        if t.numel() != y_true.numel():
            raise ValueError(f"{name} must have as many entries as y_true")
    ids = groups.long()
    low = int(ids.min())
    idx = ids - low
    size = int(idx.max()) + 1
    count = torch.bincount(idx, minlength=size).double()
    dense = torch.bincount(idx, weights=(dense_pred.long() == y_true.long()).double(), minlength=size)
    comp = torch.bincount(idx, weights=(compressed_pred.long() == y_true.long()).double(), minlength=size)
    return {k + low: float((dense[k] - comp[k]) / count[k]) for k in range(size) if count[k] > 0}
