# mistake: counts nonzeros with a float sum ((weight != 0).float().sum().item()) so the result is a Python float, not an int
# wrong on: conv2d_macs(torch.ones(8, 3, 3, 3), (32, 32), padding=1): returns 221184.0 (float), the docstring demands the Python int 221184
# expect: conv2d_macs
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    m, c, r, s = weight.shape
    h, w = input_hw
    e = (h + 2 * padding - r) // stride + 1
    f = (w + 2 * padding - s) // stride + 1
    nnz = (weight != 0).float().sum().item()
    return nnz * e * f
