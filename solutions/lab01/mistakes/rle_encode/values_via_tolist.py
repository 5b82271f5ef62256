# mistake: builds values with torch.tensor([float(v) ...]), which is float32 whatever weight's dtype
# wrong on: rle_encode(torch.tensor([0, 5], dtype=torch.int64), 2): values dtype float32 instead of int64
# expect: the weight's dtype
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if run_bits < 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    max_run = 2**run_bits - 1
    flat = weight.detach().flatten()
    runs, vals = [], []
    z = 0
    for x in flat:
        if x == 0:
            z += 1
            continue
        while z > max_run:
            runs.append(max_run)
            vals.append(flat.new_zeros(()))
            z -= max_run + 1
        runs.append(z)
        vals.append(x)
        z = 0
    return (
        torch.tensor(runs, dtype=torch.int64, device=flat.device),
        torch.tensor([float(v) for v in vals], device=flat.device),
    )
