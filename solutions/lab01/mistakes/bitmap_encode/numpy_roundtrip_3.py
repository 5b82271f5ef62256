# mistake: goes through NumPy (weight.numpy()), which has no bfloat16, so bfloat16 weights crash
# wrong on: bitmap_encode(torch.tensor([0.0, 1.5], dtype=torch.bfloat16)): raises TypeError instead of (tensor([False, True]), bfloat16 tensor([1.5]))
# expect: NumPy
import torch


def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Bitmap encoding: one presence bit per entry, plus the nonzero values."""
    flat = weight.detach().cpu().numpy().reshape(-1)
    mask = flat != 0
    bitmap = torch.from_numpy(mask.copy()).to(weight.device)
    values = torch.from_numpy(flat[mask].copy()).to(device=weight.device, dtype=weight.dtype)
    return bitmap, values
