# alternative: numpy count of nonzeros, output size by torch's Conv2d formula with dilation 1
def conv2d_macs(weight, input_hw, stride=1, padding=0):
    import numbers

    import numpy as np

    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if len(weight.shape) != 4:
        raise ValueError("weight must be (M, C, R, S)")
    if not isinstance(input_hw, (tuple, list)):
        raise TypeError("input_hw must be a pair")
    if len(input_hw) != 2:
        raise ValueError("input_hw must be a pair")
    values = list(input_hw) + [stride, padding]
    lows = [1, 1, 1, 0]
    for v, low in zip(values, lows):
        if isinstance(v, bool) or not isinstance(v, numbers.Integral):
            raise TypeError("sizes must be ints")
        if v < low:
            raise ValueError("size out of range")
    h, w, t, p = (int(v) for v in values)
    nnz = int(np.count_nonzero(weight.detach().cpu().to(torch.float64).numpy()))
    e = (h + 2 * p - 1 * (weight.shape[2] - 1) - 1) // t + 1
    f = (w + 2 * p - 1 * (weight.shape[3] - 1) - 1) // t + 1
    return nnz * e * f
