# mistake: indexes with torch.nonzero(flat) (shape (nnz, 1)) instead of a flat index, so values come out 2-D
# wrong on: bitmap_encode(torch.tensor([0.0, 2.0, 3.0])): values has shape (2, 1) instead of (2,)
# expect: bitmap_encode
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().flatten()
    where = torch.nonzero(flat)
    bitmap = torch.zeros(flat.numel(), dtype=torch.bool, device=flat.device)
    bitmap[where] = True
    return bitmap, flat[where]
