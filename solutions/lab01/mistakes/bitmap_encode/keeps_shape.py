# mistake: keeps the weight's shape for the bitmap (weight != 0) instead of flattening it to (numel,)
# wrong on: bitmap_encode(torch.tensor([[0.0, 1.5, 0.0], [-2.0, 0.0, 0.25]]))[0] has shape (2, 3) instead of (6,)
# expect: should have shape (6,)
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    weight = weight.detach()
    present = weight != 0
    return present, weight[present]
