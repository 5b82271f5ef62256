# mistake: after the scan, also emits fillers for the trailing zeros ("flush the last run") although zeros after the last nonzero are not stored
# wrong on: rle_encode(torch.tensor([1.0, 0, 0, 0, 0, 0]), 2): runs [0, 3], values [1., 0.] instead of runs [0], values [1.]
# expect: rle_encode
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if run_bits < 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    max_run = 2**run_bits - 1
    flat = weight.detach().flatten()
    runs, picks = [], []
    zeros = 0
    for index, x in enumerate(flat.tolist()):
        if x == 0:
            zeros += 1
            continue
        while zeros > max_run:
            runs.append(max_run)
            picks.append(-1)
            zeros -= max_run + 1
        runs.append(zeros)
        picks.append(index)
        zeros = 0
    while zeros > max_run:  # flush the last run
        runs.append(max_run)
        picks.append(-1)
        zeros -= max_run + 1
    padded = torch.cat([flat.new_zeros(1), flat])
    picks = torch.tensor(picks, dtype=torch.int64, device=flat.device)
    return torch.tensor(runs, dtype=torch.int64, device=flat.device), padded[picks + 1]
