# mistake: counts the nonzero weights as (weight > 0), which drops every negative weight
# wrong on: conv2d_macs(-torch.ones(2, 1, 3, 3), (3, 3)): returns 0 instead of 18 (18 nonzero weights, E = F = 1)
# expect: conv2d_macs
import torch


def conv2d_macs(weight: torch.Tensor, input_hw: tuple[int, int], stride: int = 1, padding: int = 0) -> int:
    """Multiply-accumulates of one Conv2d layer on one example, skipping zero weights."""
    _, _, r, s = weight.shape
    h, w = input_hw
    e = (h + 2 * padding - r) // stride + 1
    f = (w + 2 * padding - s) // stride + 1
    nnz = int((weight > 0).sum())
    return nnz * e * f
