# mistake: uses round((H + 2p - R) / t) instead of floor division for the output size
# wrong on: conv2d_macs(torch.ones(1, 1, 2, 2), (5, 5), stride=2): round(1.5) = 2 gives E = F = 3 -> 36, the docstring demands E = F = 3//2 + 1 = 2 -> 16
# expect: conv2d_macs
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    m, c, r, s = weight.shape
    h, w = input_hw
    e = round((h + 2 * padding - r) / stride) + 1
    f = round((w + 2 * padding - s) / stride) + 1
    return int(torch.count_nonzero(weight).item()) * e * f
