# mistake: multiplies by the input size H * W instead of the output size E * F
# wrong on: conv2d_macs(torch.ones(2, 1, 3, 3), (8, 8)): returns 18 * 64 = 1152 instead of 18 * 6 * 6 = 648
# expect: input size H*W
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    h, w = input_hw
    return int(torch.count_nonzero(weight)) * h * w
