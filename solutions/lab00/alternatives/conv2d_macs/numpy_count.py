# alternative: NumPy np.count_nonzero on the CPU and math.floor for the output sizes
import math

import numpy as np


def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    from utils.validation import validate_int, validate_type

    validate_type("weight", weight, torch.Tensor)
    if weight.dim() != 4:
        raise ValueError("weight must be (M, C, R, S)")
    validate_type("input_hw", input_hw, (tuple, list))
    if len(input_hw) != 2:
        raise ValueError("input_hw must be (H, W)")
    input_hw = (validate_int("H", input_hw[0], minimum=1), validate_int("W", input_hw[1], minimum=1))
    stride = validate_int("stride", stride, minimum=1)
    padding = validate_int("padding", padding, minimum=0)
    m, c, r, s = tuple(weight.shape)
    h, w = input_hw
    e = math.floor((h + 2 * padding - r) / stride) + 1
    f = math.floor((w + 2 * padding - s) / stride) + 1
    nnz = int(np.count_nonzero((weight.detach() != 0).cpu().numpy()))
    return nnz * e * f
