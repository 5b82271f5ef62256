# mistake: never emits fillers: stores the whole count of zeros as the run, even when it does not fit in run_bits bits
# wrong on: rle_encode(torch.tensor([0., 0., 0., 0., 0., 7., 0., 3.]), 2)[0] is [5, 1] instead of [3, 1, 1]
# expect: should have shape (3,)
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
        runs.append(zeros)
        values.append(value)
        zeros = 0
    return (
        torch.tensor(runs, dtype=torch.int64, device=weight.device),
        torch.tensor(values, dtype=weight.dtype, device=weight.device),
    )
