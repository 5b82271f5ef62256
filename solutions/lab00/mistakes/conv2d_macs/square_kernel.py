# mistake: assumes a square kernel and uses R (weight.shape[2]) for both output dims, ignoring S
# wrong on: conv2d_macs(torch.ones(1, 1, 3, 5), (12, 12)): F is computed with 3 instead of 5, returns 15 * 10 * 10 = 1500 instead of 15 * 10 * 8 = 1200
# expect: R = 3 and S = 5 differ
def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    k = weight.shape[2]
    h, w = input_hw
    e = (h + 2 * padding - k) // stride + 1
    f = (w + 2 * padding - k) // stride + 1
    return int(torch.count_nonzero(weight)) * e * f
