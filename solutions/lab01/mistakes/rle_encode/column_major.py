# mistake: scans the tensor column by column (reverses its dimensions before flattening) instead of row-major weight.flatten()
# wrong on: rle_encode(torch.tensor([[0.0, 1.0], [2.0, 0.0]]), 2) gives runs [1, 0] and values [2.0, 1.0] instead of runs [1, 0] and values [1.0, 2.0]
# expect: Count zeros along weight.flatten()
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if run_bits < 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    max_run = 2**run_bits - 1
    flat = weight.detach().permute(tuple(reversed(range(weight.dim())))).flatten()
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
