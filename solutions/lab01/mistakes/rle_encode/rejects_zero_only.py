# mistake: rejects only run_bits == 0 ("zero bits cannot hold a run") instead of every run_bits < 1, so negative widths are accepted
# wrong on: rle_encode(torch.tensor([0., 0., 0., 0., 0., 7., 0., 3.]), -1) returns 16 runs of 0 (max_run = -0.5, truncated to int64) instead of raising ValueError
# expect: run_bits below 1
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if run_bits == 0:
        raise ValueError("run_bits must not be 0")
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
    return (
        torch.tensor(runs, dtype=torch.int64, device=weight.device),
        torch.tensor(values, dtype=weight.dtype, device=weight.device),
    )
