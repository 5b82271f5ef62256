# mistake: flattens with weight.view(-1), which raises for a non-contiguous tensor (a transposed matrix), though any tensor is valid input
# wrong on: bitmap_encode(torch.tensor([[0.0, 1.0], [2.0, 0.0]]).t()) raises RuntimeError (view size is not compatible ...) instead of returning ([False, True, True, False], [2.0, 1.0])
# expect: Flatten any shape
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().view(-1)
    present = flat != 0
    return present, flat[present]
