# mistake: torch.stack of the values fails on an all-zero or empty tensor
# expect: raised


def rle_encode(weight, run_bits):
    validate_type("weight", weight, torch.Tensor)
    run_bits = validate_int("run_bits", run_bits, 1)
    max_run = 2**run_bits - 1
    flat = weight.detach().flatten()
    runs, values = [], []
    zeros = 0
    for x in flat:
        if x == 0:
            zeros += 1
            continue
        while zeros > max_run:
            runs.append(max_run)
            values.append(torch.zeros((), dtype=flat.dtype))
            zeros -= max_run + 1
        runs.append(zeros)
        values.append(x)
        zeros = 0
    return torch.tensor(runs, dtype=torch.int64), torch.stack(values)
