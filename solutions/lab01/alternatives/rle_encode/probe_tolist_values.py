# alternative: scan .tolist() and rebuild the values with the weight's dtype


def rle_encode(weight, run_bits):
    validate_type("weight", weight, torch.Tensor)
    run_bits = validate_int("run_bits", run_bits, 1)
    max_run = 2**run_bits - 1
    runs, values = [], []
    zeros = 0
    for x in weight.detach().flatten().tolist():
        if x == 0:
            zeros += 1
            continue
        while zeros > max_run:
            runs.append(max_run)
            values.append(0)
            zeros -= max_run + 1
        runs.append(zeros)
        values.append(x)
        zeros = 0
    return (
        torch.tensor(runs, dtype=torch.int64, device=weight.device),
        torch.tensor(values, dtype=weight.dtype, device=weight.device),
    )
