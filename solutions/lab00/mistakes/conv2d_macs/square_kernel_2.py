# mistake: assumes a square kernel and uses R for both output dims (F computed with R instead of S)
# wrong on: conv2d_macs(torch.ones(1, 1, 1, 3), (5, 5)): returns 3*5*5 = 75, the docstring demands F = 5-3+1 = 3 -> 3*5*3 = 45
# expect: conv2d_macs
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    k = weight.shape[2]
    h, w = input_hw
    e = (h + 2 * padding - k) // stride + 1
    f = (w + 2 * padding - k) // stride + 1
    return int(torch.count_nonzero(weight).item()) * e * f
