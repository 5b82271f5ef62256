# alternative: vectorised torch: the gaps between nonzero positions give z; each nonzero gets z // 2**r fillers first (repeat_interleave), then (z % 2**r, x)
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    validate_type("weight", weight, torch.Tensor)  # the course's argument convention, in signature order
    run_bits = validate_int("run_bits", run_bits, 1)
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if run_bits < 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    flat = weight.detach().reshape(-1)
    # No gap reaches a span longer than the tensor, and 2**run_bits itself may not fit in int64.
    span = min(2**run_bits, flat.numel() + 1)
    positions = torch.nonzero(flat).flatten()
    before = torch.cat([positions.new_full((1,), -1), positions[:-1]])
    gaps = positions - before - 1
    fillers, rests = gaps // span, gaps % span
    per_nonzero = fillers + 1  # entries stored for each nonzero: its fillers, then itself
    ends = torch.cumsum(per_nonzero, 0)
    total = int(ends[-1]) if ends.numel() else 0
    runs = torch.full((total,), span - 1, dtype=torch.int64, device=flat.device)
    values = flat.new_zeros(total)
    runs[ends - 1] = rests
    values[ends - 1] = flat[positions]
    return runs, values
