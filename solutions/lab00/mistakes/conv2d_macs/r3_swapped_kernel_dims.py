# mistake: pairs the input height with the kernel width (E from S, F from R), wrong for non-square kernels
# expect: conv2d_macs
def conv2d_macs(weight, input_hw, stride=1, padding=0):
    from utils.validation import validate_int, validate_type

    validate_type("weight", weight, torch.Tensor)
    if weight.dim() != 4:
        raise ValueError(f"weight must be 4-D (M, C, R, S), got {weight.dim()} dims")
    validate_type("input_hw", input_hw, (tuple, list))
    if len(input_hw) != 2:
        raise ValueError(f"input_hw must hold two ints, got {len(input_hw)}")
    h = validate_int("H", input_hw[0], minimum=1)
    w = validate_int("W", input_hw[1], minimum=1)
    stride = validate_int("stride", stride, minimum=1)
    padding = validate_int("padding", padding, minimum=0)
    s, r = weight.shape[2], weight.shape[3]
    e = (h + 2 * padding - r) // stride + 1
    f = (w + 2 * padding - s) // stride + 1
    return int(torch.count_nonzero(weight)) * e * f
