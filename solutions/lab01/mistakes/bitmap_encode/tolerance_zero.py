# mistake: treats |x| < 1e-12 as zero (not lossless), so tiny values are dropped
# wrong on: bitmap_encode(torch.tensor([1e-30, 2.0])): bitmap [False, True], values [2.] instead of [True, True], [1e-30, 2.]
# expect: bitmap_encode
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().flatten()
    present = flat.abs() > 1e-12
    return present, flat[present]
