# mistake: forgets the stride when computing the output size (E = H + 2p - R + 1)
# wrong on: conv2d_macs(torch.ones(1, 1, 3, 3), (9, 9), stride=2): returns 9 * 7 * 7 = 441 instead of 9 * 4 * 4 = 144
# expect: forget the stride
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    _, _, r, s = weight.shape
    h, w = input_hw
    e = h + 2 * padding - r + 1
    f = w + 2 * padding - s + 1
    return int(torch.count_nonzero(weight)) * e * f
