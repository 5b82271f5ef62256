# alternative: torch.unique per example on each side; the largest among the most frequent
def pie_mask(dense_predictions, compressed_predictions):
    def mode(name, p):
        if not isinstance(p, torch.Tensor):
            raise TypeError(f"{name} must be a tensor")
        if p.dtype == torch.bool or torch.is_floating_point(p) or torch.is_complex(p):
            raise TypeError(f"{name} must be integer")
        if p.ndim != 2:
            raise ValueError(f"{name} must be 2-D")
        if p.shape[0] == 0:
            raise ValueError(f"{name}: no model")
        if p.numel() and int(p.min()) < 0:
            raise ValueError(f"{name}: negative label")
        out = []
        for j in range(p.shape[1]):
            values, counts = torch.unique(p[:, j], return_counts=True)
            out.append(int(values[counts == counts.max()].max()))
        return torch.tensor(out, dtype=torch.int64)

    a = mode("dense_predictions", dense_predictions)
    b = mode("compressed_predictions", compressed_predictions)
    if len(a) != len(b):
        raise ValueError("different numbers of examples")
    return a != b
