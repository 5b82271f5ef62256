# mistake: accepts True as stride 1
# expect: TypeError
def conv2d_macs(weight, input_hw, stride=1, padding=0):
    import numbers

    def as_int(name, v, low):
        if not isinstance(v, numbers.Integral):
            raise TypeError(f"{name} must be an int")
        if v < low:
            raise ValueError(f"{name} must be >= {low}")
        return int(v)

    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if weight.dim() != 4:
        raise ValueError("weight must be 4-D")
    if not isinstance(input_hw, (tuple, list)):
        raise TypeError("input_hw must be a tuple")
    if len(input_hw) != 2:
        raise ValueError("input_hw must hold two ints")
    h = as_int("H", input_hw[0], 1)
    w = as_int("W", input_hw[1], 1)
    stride = as_int("stride", stride, 1)
    padding = as_int("padding", padding, 0)
    r, s = weight.shape[2], weight.shape[3]
    e = (h + 2 * padding - r) // stride + 1
    f = (w + 2 * padding - s) // stride + 1
    return int(torch.count_nonzero(weight)) * e * f
