# mistake: counts every weight (weight.numel()), including the pruned zeros, instead of nnz(weight)
# wrong on: conv2d_macs(torch.zeros(4, 2, 3, 3), (5, 5)): returns 72 * 3 * 3 = 648 instead of 0
# expect: count every weight, including the pruned zeros
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    _, _, r, s = weight.shape
    h, w = input_hw
    e = (h + 2 * padding - r) // stride + 1
    f = (w + 2 * padding - s) // stride + 1
    return weight.numel() * e * f
