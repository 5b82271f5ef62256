# mistake: stacks the stored values with torch.stack and, since torch.stack fails on an empty list, returns torch.zeros(0) (float32) for an all-zero or empty tensor, whatever the weight's dtype
# wrong on: rle_encode(torch.zeros(5, dtype=torch.float64), 2)[1] has dtype torch.float32 instead of torch.float64 (likewise int64 for torch.zeros(5, dtype=torch.int64))
# expect: values in the weight's dtype
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if run_bits < 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    max_run = 2**run_bits - 1
    flat = weight.detach().flatten()
    filler = flat.new_zeros(())
    runs, values = [], []
    zeros = 0
    for entry in flat:
        if entry == 0:
            zeros += 1
            continue
        while zeros > max_run:
            runs.append(max_run)
            values.append(filler)
            zeros -= max_run + 1
        runs.append(zeros)
        values.append(entry)
        zeros = 0
    runs = torch.tensor(runs, dtype=torch.int64, device=weight.device)
    if not values:
        return runs, torch.zeros(0, device=weight.device)
    return runs, torch.stack(values)
