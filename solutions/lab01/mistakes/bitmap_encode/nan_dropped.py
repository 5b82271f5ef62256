# mistake: tests abs(x) > 0 instead of x != 0, so NaN entries count as zero and are dropped
# wrong on: bitmap_encode(torch.tensor([float("nan"), 0.0])): bitmap [False, False] instead of [True, False]
# expect: NaN
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().flatten()
    present = flat.abs() > 0
    return present, flat[present]
