# mistake: never validates run_bits, so run_bits=0 (max_run 0) is accepted and every zero becomes a filler
# wrong on: rle_encode(torch.tensor([0., 0., 0., 0., 0., 7., 0., 3.]), 0) returns runs [0, 0, 0, 0, 0, 0, 0, 0] instead of raising ValueError
# expect: run_bits below 1
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    max_run = 2**run_bits - 1
    flat = weight.detach().flatten()
    runs, values = [], []
    zeros = 0
    for value in flat.tolist():
        if value == 0:
            zeros += 1
            continue
        while zeros > max_run:
            runs.append(max_run)
            values.append(0)
            zeros -= max_run + 1
        runs.append(zeros)
        values.append(value)
        zeros = 0
    return (
        torch.tensor(runs, dtype=torch.int64, device=weight.device),
        torch.tensor(values, dtype=weight.dtype, device=weight.device),
    )
