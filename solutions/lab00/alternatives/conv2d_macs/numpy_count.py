# alternative: NumPy np.count_nonzero on the CPU and math.floor for the output sizes
import math

import numpy as np


def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    m, c, r, s = tuple(weight.shape)
    h, w = input_hw
    e = math.floor((h + 2 * padding - r) / stride) + 1
    f = math.floor((w + 2 * padding - s) / stride) + 1
    nnz = int(np.count_nonzero((weight.detach() != 0).cpu().numpy()))
    return nnz * e * f
