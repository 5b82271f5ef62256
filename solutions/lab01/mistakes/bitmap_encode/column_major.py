# mistake: reads the entries column by column (reverses the dimensions before flattening) instead of row-major weight.flatten()
# wrong on: bitmap_encode(torch.tensor([[0.0, 1.5, 0.0], [-2.0, 0.0, 0.25]])) gives values [-2.0, 1.5, 0.25] instead of [1.5, -2.0, 0.25]
# expect: column-major
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().permute(tuple(reversed(range(weight.dim())))).flatten()
    present = flat != 0
    return present, flat[present]
