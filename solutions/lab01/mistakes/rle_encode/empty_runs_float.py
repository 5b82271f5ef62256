# mistake: builds runs with torch.tensor(list) without a dtype; an empty list gives float32, not int64
# wrong on: rle_encode(torch.zeros(3), 2): runs has dtype torch.float32 instead of torch.int64
# expect: runs int64
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
    return (torch.tensor(runs, device=flat.device), torch.stack(vals).to(flat.dtype) if vals else flat.new_zeros(0))
