# alternative: plain Python over weight.flatten().tolist(), the filler loop written with divmod (z // (max_run + 1) fillers, remainder z % (max_run + 1))
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    validate_type("weight", weight, torch.Tensor)  # the course's argument convention, in signature order
    run_bits = validate_int("run_bits", run_bits, 1)
    if type(run_bits) is not int:
        raise TypeError(f"run_bits must be an int, got {type(run_bits).__name__}")
    if run_bits < 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    span = 2**run_bits  # a filler covers max_run + 1 = 2**run_bits positions
    runs, values = [], []
    zeros = 0
    for entry in weight.detach().flatten().tolist():
        if entry == 0:
            zeros += 1
            continue
        fillers, zeros = divmod(zeros, span)
        runs += [span - 1] * fillers + [zeros]
        values += [0] * fillers + [entry]
        zeros = 0
    return (
        torch.tensor(runs, dtype=torch.int64, device=weight.device),
        torch.tensor(values, dtype=weight.dtype, device=weight.device),
    )
