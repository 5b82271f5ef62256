# mistake: reads a matrix column by column (weight.T.flatten()) instead of row-major
# wrong on: bitmap_encode(torch.tensor([[0., 1.], [2., 0.]])): values [2., 1.] instead of [1., 2.]
# expect: bitmap_encode
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    w = weight.detach()
    flat = (w.T if w.dim() == 2 else w).flatten()
    present = flat != 0
    return present, flat[present]
