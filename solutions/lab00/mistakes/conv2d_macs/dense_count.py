# mistake: counts every weight (weight.numel()) instead of only the nonzero ones
# wrong on: w = torch.ones(2, 1, 1, 1); w[0] = 0; conv2d_macs(w, (4, 4)): returns 32, the docstring demands nnz*E*F = 1*4*4 = 16
# expect: conv2d_macs
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    m, c, r, s = weight.shape
    h, w = input_hw
    e = (h + 2 * padding - r) // stride + 1
    f = (w + 2 * padding - s) // stride + 1
    return weight.numel() * e * f
