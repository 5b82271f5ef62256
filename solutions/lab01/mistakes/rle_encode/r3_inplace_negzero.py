# mistake: writes +0.0 over -0.0 in the caller's tensor
# expect: runs dtype
def rle_encode(weight, run_bits):
    validate_type("weight", weight, torch.Tensor)
    validate_int("run_bits", run_bits, minimum=1)
    max_run = (1 << int(run_bits)) - 1
    flat = weight.reshape(-1)
    flat[flat == 0] = 0
    runs, idx = [], []
    z = 0
    nz = (flat != 0).tolist()
    for i, keep in enumerate(nz):
        if not keep:
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
    if idx:
        pos = torch.tensor(idx, dtype=torch.int64, device=weight.device)
        sel = pos >= 0
        values[sel] = flat[pos[sel]]
    return torch.tensor(runs, dtype=torch.int64, device=weight.device), values
