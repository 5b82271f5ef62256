# mistake: converts the values to float32 (flat[present].float()), so float64 and integer weights lose their dtype
# wrong on: bitmap_encode(torch.tensor([0.0, -0.0, 1e-30, 3.0], dtype=torch.float64))[1] is float32 instead of float64
# expect: should have dtype torch.float64
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().flatten()
    present = flat != 0
    return present, flat[present].float()
