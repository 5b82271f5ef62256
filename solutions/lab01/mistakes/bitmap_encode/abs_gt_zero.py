# mistake: tests presence with flat.abs() > 0, so NaN (abs(NaN) > 0 is False) is treated as a zero entry
# wrong on: bitmap_encode(torch.tensor([float('nan'), 0.0, 1.0])): bitmap [False, False, True] and values [1.] instead of [True, False, True] and [nan, 1.]
# expect: NaN
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().flatten()
    present = flat.abs() > 0
    return present, flat[present]
