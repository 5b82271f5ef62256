# alternative: the gaps come from torch.nonzero's positions as a Python list; fillers are emitted with a while loop that subtracts 2**run_bits, values gathered by one index
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    validate_type("weight", weight, torch.Tensor)  # the course's argument convention, in signature order
    run_bits = validate_int("run_bits", run_bits, 1)
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if not run_bits >= 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    max_run = (1 << run_bits) - 1
    flat = weight.detach().flatten()
    runs, sources = [], []  # sources: the flat position of each stored value, or None for a filler
    last = -1
    for position in flat.nonzero().flatten().tolist():
        gap = position - last - 1
        while gap > max_run:
            runs.append(max_run)
            sources.append(None)
            gap -= max_run + 1
        runs.append(gap)
        sources.append(position)
        last = position
    values = flat.new_zeros(len(sources))
    stored = [i for i, source in enumerate(sources) if source is not None]
    if stored:
        values[torch.tensor(stored, device=flat.device)] = flat[
            torch.tensor([sources[i] for i in stored], device=flat.device)
        ]
    return torch.tensor(runs, dtype=torch.int64, device=flat.device), values
