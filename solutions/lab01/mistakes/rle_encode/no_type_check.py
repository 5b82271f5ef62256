# mistake: never checks that run_bits is an int, so run_bits=2.0 is accepted (max_run becomes the float 3.0) instead of raising TypeError
# wrong on: rle_encode(torch.tensor([0., 0., 0., 0., 0., 7., 0., 3.]), 2.0) returns runs [3, 1, 1] instead of raising TypeError
# expect: raises TypeError
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
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
    return (
        torch.tensor(runs, dtype=torch.int64, device=weight.device),
        torch.tensor(values, dtype=weight.dtype, device=weight.device),
    )
