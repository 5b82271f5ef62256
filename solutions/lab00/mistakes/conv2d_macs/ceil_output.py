# mistake: rounds the output size up (ceil division) instead of down (floor division)
# wrong on: conv2d_macs(torch.ones(1, 1, 3, 3), (10, 10), stride=2): E = ceil(7 / 2) + 1 = 5, returns 225 instead of 9 * 4 * 4 = 144
# expect: round the output size up
import math


def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    _, _, r, s = weight.shape
    h, w = input_hw
    e = math.ceil((h + 2 * padding - r) / stride) + 1
    f = math.ceil((w + 2 * padding - s) / stride) + 1
    return int(torch.count_nonzero(weight)) * e * f
