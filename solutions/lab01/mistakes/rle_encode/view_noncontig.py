# mistake: flattens with weight.view(-1), which fails on a non-contiguous tensor
# wrong on: rle_encode(torch.tensor([[0., 1.], [2., 0.]]).T, 2): raises RuntimeError instead of runs [1, 0] values [2, 1]
# expect: transposed matrix
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if run_bits < 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    max_run = 2**run_bits - 1
    flat = weight.detach().view(-1)
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
