# mistake: stores the trailing zeros as a final (z, 0) entry
# wrong on: rle_encode(torch.tensor([1., 0., 0.]), 2): runs [0, 1] values [1, 0] instead of runs [0] values [1]
# expect: rle_encode
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
    if z:
        while z > max_run:
            runs.append(max_run)
            vals.append(flat.new_zeros(()))
            z -= max_run + 1
        runs.append(z - 1)
        vals.append(flat.new_zeros(()))
    return (
        torch.tensor(runs, dtype=torch.int64, device=flat.device),
        torch.stack(vals).to(flat.dtype) if vals else flat.new_zeros(0),
    )
