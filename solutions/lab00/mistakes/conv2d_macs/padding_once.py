# mistake: adds the padding once (H + p - R) instead of on both sides (H + 2p - R)
# wrong on: conv2d_macs(torch.ones(8, 3, 3, 3), (8, 8), padding=1): E = F = 7, returns 216 * 49 = 10584 instead of 216 * 64 = 13824
# expect: padding on one side only
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    _, _, r, s = weight.shape
    h, w = input_hw
    e = (h + padding - r) // stride + 1
    f = (w + padding - s) // stride + 1
    return int(torch.count_nonzero(weight)) * e * f
