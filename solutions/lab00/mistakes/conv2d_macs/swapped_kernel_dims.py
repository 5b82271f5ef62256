# mistake: pairs the kernel dims the wrong way round (H with S and W with R)
# wrong on: conv2d_macs(torch.ones(1, 1, 3, 5), (17, 12)): E = 13, F = 10, returns 1950 instead of 15 * 15 * 8 = 1800
# expect: R = 3 and S = 5 differ
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    _, _, kw, kh = weight.shape
    h, w = input_hw
    e = (h + 2 * padding - kh) // stride + 1
    f = (w + 2 * padding - kw) // stride + 1
    return int(torch.count_nonzero(weight)) * e * f
