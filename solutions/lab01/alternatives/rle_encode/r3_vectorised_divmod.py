# alternative: vectorised: gaps by diff of nonzero positions, fillers by floor division
def rle_encode(weight, run_bits):
    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight")
    if isinstance(run_bits, bool) or not isinstance(run_bits, (int, np.integer)):
        raise TypeError("run_bits")
    if run_bits < 1:
        raise ValueError("run_bits")
    span = 2 ** int(run_bits)  # max_run + 1
    flat = weight.reshape(-1)
    pos = torch.nonzero(flat != 0).reshape(-1).tolist()
    runs, src = [], []
    prev = -1
    for p in pos:
        gap = p - prev - 1
        fillers = 0 if gap <= span - 1 else (gap - (span - 1) + span - 1) // span
        runs.extend([span - 1] * fillers)
        src.extend([None] * fillers)
        runs.append(gap - fillers * span)
        src.append(p)
        prev = p
    values = torch.zeros(len(src), dtype=weight.dtype, device=weight.device)
    keep = [i for i, s in enumerate(src) if s is not None]
    if keep:
        values[torch.tensor(keep, device=weight.device)] = flat[
            torch.tensor([src[i] for i in keep], device=weight.device)
        ]
    return torch.tensor(runs, dtype=torch.int64, device=weight.device), values
