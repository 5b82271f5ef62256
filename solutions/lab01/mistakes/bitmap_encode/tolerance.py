# mistake: treats tiny values as zero (abs(w) > 1e-8) instead of testing w != 0, so the format is lossy
# wrong on: bitmap_encode(torch.tensor([0.0, -0.0, 1e-30, 3.0], dtype=torch.float64))[1] is [3.0] instead of [1e-30, 3.0]
# expect: should have shape (2,)
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().flatten()
    present = flat.abs() > 1e-8
    return present, flat[present]
