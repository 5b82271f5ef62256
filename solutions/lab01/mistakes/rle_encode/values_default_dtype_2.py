# mistake: collects the values as Python numbers and rebuilds them with torch.tensor(values) and no dtype (float64 -> float32, int32 -> int64)
# wrong on: rle_encode(torch.tensor([0.0, 1.1], dtype=torch.float64), 2): values has dtype torch.float32 instead of torch.float64
# expect: weight's dtype
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if run_bits < 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    max_run = 2**run_bits - 1
    flat = weight.detach().flatten()
    runs, values = [], []
    zeros = 0
    for x in flat.tolist():
        if x == 0:
            zeros += 1
            continue
        while zeros > max_run:
            runs.append(max_run)
            values.append(0)
            zeros -= max_run + 1
        runs.append(zeros)
        values.append(x)
        zeros = 0
    out = torch.tensor(values, device=flat.device) if values else flat.new_zeros(0)
    return torch.tensor(runs, dtype=torch.int64, device=flat.device), out
