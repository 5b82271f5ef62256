# mistake: vectorised with int64 tensor arithmetic: dividing the gaps by max_run + 1 overflows for run_bits >= 63
# wrong on: rle_encode(torch.tensor([0.0, 1.0]), 64): raises OverflowError (int too big to convert) instead of returning runs [1], values [1.] (run_bits=63 fails too)
# expect: run_bits 64
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if run_bits < 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    max_run = 2**run_bits - 1
    flat = weight.detach().flatten()
    pos = torch.nonzero(flat).flatten()
    prev = torch.cat([pos.new_full((1,), -1), pos[:-1]])
    gaps = pos - prev - 1
    fillers = torch.div(gaps, max_run + 1, rounding_mode="floor")
    last = gaps - fillers * (max_run + 1)
    per_value = fillers + 1
    total = int(per_value.sum())
    ends = torch.cumsum(per_value, 0) - 1  # where each real entry lands
    runs = torch.full((total,), max_run, dtype=torch.int64, device=flat.device)
    values = flat.new_zeros(total)
    runs[ends] = last
    values[ends] = flat[pos]
    return runs, values
