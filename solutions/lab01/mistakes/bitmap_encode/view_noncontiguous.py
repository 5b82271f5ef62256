# mistake: flattens with .view(-1), which raises on a non-contiguous tensor (a transpose, a slice)
# wrong on: bitmap_encode(torch.tensor([[1.0, 0.0, 2.0], [0.0, 3.0, 0.0]]).t()): RuntimeError instead of bitmap [T, F, F, T, T, F] and values [1., 3., 2.]
# expect: view(-1)
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().view(-1)
    present = flat != 0
    return present, flat[present]
