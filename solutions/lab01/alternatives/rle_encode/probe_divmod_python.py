# alternative: fillers by divmod over the gaps, pure Python ints


def rle_encode(weight, run_bits):
    validate_type("weight", weight, torch.Tensor)
    span = 1 << validate_int("run_bits", run_bits, 1)  # max_run + 1
    flat = weight.detach().reshape(-1)
    runs, picks, previous = [], [], -1
    for index in torch.nonzero(flat != 0).reshape(-1).tolist():
        fillers, rest = divmod(index - previous - 1, span)
        runs += [span - 1] * fillers + [rest]
        picks += [None] * fillers + [index]
        previous = index
    zero = flat.new_zeros(1)
    pieces = [zero if p is None else flat[p : p + 1] for p in picks]
    values = torch.cat(pieces) if pieces else flat.new_zeros(0)
    return torch.tensor(runs, dtype=torch.int64, device=flat.device), values
