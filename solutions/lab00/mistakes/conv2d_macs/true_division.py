# mistake: uses true division / instead of floor division // for the output size, then truncates the product with int()
# wrong on: conv2d_macs(torch.ones(1, 1, 3, 3), (10, 10), stride=2): E = F = 4.5, returns int(9 * 4.5 * 4.5) = 182 instead of 144
# expect: floor division
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    _, _, r, s = weight.shape
    h, w = input_hw
    e = (h + 2 * padding - r) / stride + 1
    f = (w + 2 * padding - s) / stride + 1
    return int(int(torch.count_nonzero(weight)) * e * f)
