# mistake: computes fillers in torch int64 with 2**run_bits, which overflows for run_bits 63 and 64
# expect: run_bits 64


def rle_encode(weight, run_bits):
    validate_type("weight", weight, torch.Tensor)
    run_bits = validate_int("run_bits", run_bits, 1)
    flat = weight.detach().flatten()
    where = torch.nonzero(flat != 0).flatten()
    if where.numel() == 0:
        return torch.zeros(0, dtype=torch.int64, device=flat.device), flat.new_zeros(0)
    gaps = torch.diff(where, prepend=where.new_tensor([-1])) - 1
    span = torch.tensor(2, dtype=torch.int64) ** run_bits  # max_run + 1
    fillers = torch.div(gaps, span, rounding_mode="floor")
    rest = gaps - fillers * span
    runs, values = [], []
    for f, r, i in zip(fillers.tolist(), rest.tolist(), where.tolist()):
        runs += [int(span) - 1] * f + [r]
        values += [flat.new_zeros(())] * f + [flat[i]]
    return torch.tensor(runs, dtype=torch.int64, device=flat.device), torch.stack(values)
