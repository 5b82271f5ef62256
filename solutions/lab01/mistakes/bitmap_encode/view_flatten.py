# mistake: flattens with weight.view(-1), which fails on non-contiguous tensors (a transposed weight)
# wrong on: bitmap_encode(torch.tensor([[0.0, 1.0], [2.0, 0.0]]).t()): raises RuntimeError instead of (tensor([False, True, True, False]), tensor([2.0, 1.0]))
# expect: view(-1)
import torch


def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Bitmap encoding: one presence bit per entry, plus the nonzero values."""
    flat = weight.view(-1)
    bitmap = flat != 0
    values = flat[bitmap].clone()
    return bitmap, values
