# mistake: builds runs with torch.tensor(runs) and no dtype: int64 when there are entries, but float32 when the list is empty
# wrong on: rle_encode(torch.zeros(4), 2): runs is tensor([], dtype=torch.float32) instead of an empty torch.int64 tensor
# expect: runs int64
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if run_bits < 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    max_run = 2**run_bits - 1
    flat = weight.detach().flatten()
    runs, picks = [], []
    previous = -1
    for index in torch.nonzero(flat).flatten().tolist():
        zeros = index - previous - 1
        while zeros > max_run:
            runs.append(max_run)
            picks.append(-1)
            zeros -= max_run + 1
        runs.append(zeros)
        picks.append(index)
        previous = index
    padded = torch.cat([flat.new_zeros(1), flat])
    picks = torch.tensor(picks, dtype=torch.int64, device=flat.device)
    return torch.tensor(runs, device=flat.device), padded[picks + 1]
