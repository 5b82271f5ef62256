# mistake: also stores the zeros after the last nonzero entry, as fillers and a last (run, 0) entry
# wrong on: rle_encode(torch.tensor([0, 0, 0, 5] + [0] * 9 + [6] + [0] * 4), 2)[0] is [3, 3, 3, 1, 3] instead of [3, 3, 3, 1]
# expect: should have shape (4,)
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if run_bits < 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    max_run = 2**run_bits - 1
    flat = weight.detach().flatten()
    runs, values = [], []
    zeros = 0
    for value in flat.tolist():
        if value == 0:
            zeros += 1
            continue
        while zeros > max_run:
            runs.append(max_run)
            values.append(0)
            zeros -= max_run + 1
        runs.append(zeros)
        values.append(value)
        zeros = 0
    while zeros > 0:
        runs.append(min(zeros - 1, max_run))
        values.append(0)
        zeros -= max_run + 1
    return (
        torch.tensor(runs, dtype=torch.int64, device=weight.device),
        torch.tensor(values, dtype=weight.dtype, device=weight.device),
    )
