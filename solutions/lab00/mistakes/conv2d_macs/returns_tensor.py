# mistake: returns torch.count_nonzero(weight) * E * F, a 0-d tensor, instead of a Python int
# wrong on: conv2d_macs(torch.ones(8, 3, 3, 3), (8, 8), padding=1): returns tensor(13824) instead of the int 13824
# expect: should be of type int
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    _, _, r, s = weight.shape
    h, w = input_hw
    e = (h + 2 * padding - r) // stride + 1
    f = (w + 2 * padding - s) // stride + 1
    return torch.count_nonzero(weight) * e * f
