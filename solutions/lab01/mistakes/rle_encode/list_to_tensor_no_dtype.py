# mistake: builds runs with torch.tensor(list) and no dtype: int64 when there are entries, but float32 when there are none
# wrong on: rle_encode(torch.zeros(5), 2): runs has dtype torch.float32 instead of torch.int64 (empty int64 tensor)
# expect: runs int64
import torch


def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Run-length encoding of the zeros before each nonzero entry (Deep Compression's relative indices)."""
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError("run_bits must be an int")
    if run_bits < 1:
        raise ValueError("run_bits must be >= 1")
    max_run = 2**run_bits - 1
    flat = weight.flatten()
    nonzero = flat != 0
    runs, idx = [], []
    z = 0
    for i, nz in enumerate(nonzero.tolist()):
        if not nz:
            z += 1
            continue
        while z > max_run:
            runs.append(max_run)
            idx.append(-1)
            z -= max_run + 1
        runs.append(z)
        idx.append(i)
        z = 0
    values = torch.zeros(len(idx), dtype=weight.dtype, device=weight.device)
    real = torch.tensor([k for k, i in enumerate(idx) if i >= 0], dtype=torch.int64)
    src = torch.tensor([i for i in idx if i >= 0], dtype=torch.int64)
    values[real.to(weight.device)] = flat[src.to(weight.device)]
    return torch.tensor(runs, device=weight.device), values
