# mistake: vectorised gap arithmetic in int64 tensors with max_run + 1 = 2**run_bits as a Python int, which does not fit in int64 for run_bits >= 63
# wrong on: rle_encode(torch.tensor([0.0, 1.0]), 64): raises OverflowError (63 gives IndexError) instead of (tensor([1]), tensor([1.0]))
# expect: run_bits 64
import torch


def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Run-length encoding of the zeros before each nonzero entry (Deep Compression's relative indices)."""
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError("run_bits must be an int")
    if run_bits < 1:
        raise ValueError("run_bits must be >= 1")
    max_run = 2**run_bits - 1
    flat = weight.flatten()
    pos = torch.nonzero(flat != 0).flatten()
    prev = torch.cat([torch.tensor([-1], device=pos.device), pos[:-1]])
    gaps = pos - prev - 1
    n_fill = torch.div(gaps, max_run + 1, rounding_mode="floor")
    rest = gaps - n_fill * (max_run + 1)
    counts = n_fill + 1
    total = int(counts.sum())
    runs = torch.full((total,), max_run, dtype=torch.int64, device=weight.device)
    values = torch.zeros(total, dtype=weight.dtype, device=weight.device)
    last = torch.cumsum(counts, 0) - 1
    runs[last] = rest
    values[last] = flat[pos]
    return runs, values
