# mistake: encodes each row on its own (Deep Compression "stores a sparse row"), resetting the zero count at every row start instead of scanning weight.flatten()
# wrong on: rle_encode(torch.tensor([[1.0, 0.0], [0.0, 2.0]]), 2): runs [0, 1] instead of [0, 2]
# expect: weight.flatten()
def rle_encode(weight: torch.Tensor, run_bits: int) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(run_bits, int) or isinstance(run_bits, bool):
        raise TypeError(f"run_bits must be an int, got {run_bits!r}")
    if run_bits < 1:
        raise ValueError(f"run_bits must be >= 1, got {run_bits}")
    max_run = 2**run_bits - 1
    w = weight.detach()
    rows = w.reshape(-1, w.shape[-1]) if w.dim() >= 2 else w.reshape(1, -1)
    runs, values = [], []
    for row in rows:
        zeros = 0
        for x in row:
            if x == 0:
                zeros += 1
                continue
            while zeros > max_run:
                runs.append(max_run)
                values.append(w.new_zeros(1))
                zeros -= max_run + 1
            runs.append(zeros)
            values.append(x.reshape(1))
            zeros = 0
    out = torch.cat(values) if values else w.new_zeros(0)
    return torch.tensor(runs, dtype=torch.int64, device=w.device), out
