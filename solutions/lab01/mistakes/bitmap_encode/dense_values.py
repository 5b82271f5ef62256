# mistake: stores every entry of the flattened tensor as the values (the dense values), not only the nonzero ones
# wrong on: bitmap_encode(torch.tensor([[0.0, 1.5, 0.0], [-2.0, 0.0, 0.25]]))[1] is [0.0, 1.5, 0.0, -2.0, 0.0, 0.25] instead of [1.5, -2.0, 0.25]
# expect: should have shape (3,)
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().flatten()
    return flat != 0, flat.clone()
