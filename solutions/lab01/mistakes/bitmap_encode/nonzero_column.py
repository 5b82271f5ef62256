# mistake: gathers the values with flat[torch.nonzero(flat)], whose index has shape (nnz, 1), so values come out (nnz, 1) instead of (nnz,)
# wrong on: bitmap_encode(torch.tensor([[0.0, 1.5, 0.0], [-2.0, 0.0, 0.25]]))[1] has shape (3, 1) instead of (3,)
# expect: should have shape (3,)
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().flatten()
    return flat != 0, flat[torch.nonzero(flat)]
