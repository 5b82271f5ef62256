# mistake: casts the values to float32 instead of keeping weight's dtype
# wrong on: bitmap_encode(torch.tensor([0, 3], dtype=torch.int64)): values dtype float32 instead of int64
# expect: bitmap_encode
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().flatten()
    present = flat != 0
    return present, flat[present].float()
