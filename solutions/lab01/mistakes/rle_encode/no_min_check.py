# mistake: never checks run_bits >= 1; run_bits=0 gives max_run 0 and runs anyway
# wrong on: rle_encode(torch.tensor([0., 1.]), 0): returns runs [0, 0] instead of raising ValueError
# expect: run_bits below 1
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
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
        torch.stack(vals).to(flat.dtype) if vals else flat.new_zeros(0),
    )
