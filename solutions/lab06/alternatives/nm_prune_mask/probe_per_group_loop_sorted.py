# alternative: Python loops over rows and groups with sorted() on (score, index) keys
def nm_prune_mask(scores, n, m):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError("n > m")
    if scores.shape[1] % m != 0:
        raise ValueError("not a multiple of m")
    if scores.device.type == "meta":
        return torch.empty(scores.shape, dtype=torch.bool, device="meta")
    vals = scores.detach().double().tolist()
    keep = []
    for row in vals:
        out = []
        for start in range(0, len(row), m):
            group = row[start : start + m]
            order = sorted(range(m), key=lambda j: (group[j], j))
            pruned = set(order[: m - n])
            out.extend(j not in pruned for j in range(m))
        keep.append(out)
    return torch.tensor(keep, dtype=torch.bool, device=scores.device).reshape(scores.shape)
