# mistake: validates run_bits with isinstance(run_bits, int) only, so a bool (True == 1) is accepted
# wrong on: rle_encode(torch.tensor([0.0, 1.0]), True): returns (tensor([1]), tensor([1.])) instead of raising TypeError
# expect: raises TypeError
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(run_bits, int):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if run_bits < 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    max_run = 2**run_bits - 1
    flat = weight.detach().flatten()
    runs, values = [], []
    zeros = 0
    for index in range(flat.numel()):
        if flat[index] == 0:
            zeros += 1
            continue
        while zeros > max_run:
            runs.append(max_run)
            values.append(flat.new_zeros(1))
            zeros -= max_run + 1
        runs.append(zeros)
        values.append(flat[index : index + 1])
        zeros = 0
    out = torch.cat(values) if values else flat.new_zeros(0)
    return torch.tensor(runs, dtype=torch.int64, device=flat.device), out
