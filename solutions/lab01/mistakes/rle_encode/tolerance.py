# mistake: treats tiny values as zero (abs(x) <= 1e-12) instead of testing x == 0, so 1e-30 is dropped and the format is lossy
# wrong on: rle_encode(torch.tensor([1e-30, 0.0, 2.0]), 2) gives runs [2] and values [2.0] instead of runs [0, 1] and values [1e-30, 2.0]
# expect: 1e-30 and NaN are not
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
        if abs(value) <= 1e-12:
            zeros += 1
            continue
        while zeros > max_run:
            runs.append(max_run)
            values.append(0)
            zeros -= max_run + 1
        runs.append(zeros)
        values.append(value)
        zeros = 0
    return (
        torch.tensor(runs, dtype=torch.int64, device=weight.device),
        torch.tensor(values, dtype=weight.dtype, device=weight.device),
    )
