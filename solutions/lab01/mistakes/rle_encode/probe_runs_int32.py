# mistake: runs as int32 instead of int64
# expect: dtype


def rle_encode(weight, run_bits):
    validate_type("weight", weight, torch.Tensor)
    run_bits = validate_int("run_bits", run_bits, 1)
    max_run = 2**run_bits - 1
    flat = weight.detach().flatten()
    runs, picks = [], []
    zeros = 0
    for index, nonzero in enumerate((flat != 0).tolist()):
        if not nonzero:
            zeros += 1
            continue
        while zeros > max_run:
            runs.append(max_run)
            picks.append(-1)
            zeros -= max_run + 1
        runs.append(zeros)
        picks.append(index)
        zeros = 0
    picks = torch.tensor(picks, dtype=torch.int64, device=flat.device)
    values = torch.where(picks >= 0, flat[picks.clamp(min=0)], torch.zeros((), dtype=flat.dtype, device=flat.device))
    return torch.tensor(runs, dtype=torch.int32, device=flat.device), values
