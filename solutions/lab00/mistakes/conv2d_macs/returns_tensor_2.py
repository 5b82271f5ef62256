# mistake: returns the torch tensor count_nonzero(weight) * E * F instead of a Python int
# wrong on: conv2d_macs(torch.ones(8, 3, 3, 3), (32, 32), padding=1): returns tensor(221184), the docstring demands the Python int 221184
# expect: conv2d_macs
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    m, c, r, s = weight.shape
    h, w = input_hw
    e = (h + 2 * padding - r) // stride + 1
    f = (w + 2 * padding - s) // stride + 1
    return torch.count_nonzero(weight) * e * f
