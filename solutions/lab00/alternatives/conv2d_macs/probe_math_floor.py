# alternative: math.floor of a true division, nnz via (w != 0).sum()
def conv2d_macs(weight, input_hw, stride=1, padding=0):
    import math

    from utils.validation import validate_int, validate_type

    validate_type("weight", weight, torch.Tensor)
    if weight.ndim != 4:
        raise ValueError("weight must have 4 dims")
    validate_type("input_hw", input_hw, (tuple, list))
    if len(input_hw) != 2:
        raise ValueError("input_hw must be (H, W)")
    h = validate_int("H", input_hw[0], minimum=1)
    w = validate_int("W", input_hw[1], minimum=1)
    stride = validate_int("stride", stride, minimum=1)
    padding = validate_int("padding", padding, minimum=0)
    m, c, r, s = weight.shape
    e = math.floor((h + 2 * padding - r) / stride) + 1
    f = math.floor((w + 2 * padding - s) / stride) + 1
    nnz = (weight != 0).sum().item()
    return int(nnz * e * f)
