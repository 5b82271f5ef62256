# mistake: rounds the output size to the nearest integer with round() instead of flooring it
# wrong on: conv2d_macs(torch.ones(1, 1, 3, 3), (10, 10), stride=2): E = round(3.5) + 1 = 5, returns 225 instead of 144
# expect: floor division, not round()
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    _, _, r, s = weight.shape
    h, w = input_hw
    e = round((h + 2 * padding - r) / stride) + 1
    f = round((w + 2 * padding - s) / stride) + 1
    return int(torch.count_nonzero(weight)) * e * f
