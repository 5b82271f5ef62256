# mistake: adds the padding once (H + p - R) instead of on both sides (H + 2p - R)
# wrong on: conv2d_macs(torch.ones(1, 1, 3, 3), (5, 5), padding=1): returns 9*4*4 = 144, the docstring demands 9*5*5 = 225
# expect: conv2d_macs
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    m, c, r, s = weight.shape
    h, w = input_hw
    e = (h + padding - r) // stride + 1
    f = (w + padding - s) // stride + 1
    return int(torch.count_nonzero(weight).item()) * e * f
