# mistake: calls an entry zero when all its bits are zero (views the floats as integers), so -0.0 (sign bit set) is stored as a nonzero
# wrong on: bitmap_encode(torch.tensor([0.0, -0.0, 1e-30, 3.0], dtype=torch.float64))[1] is [-0.0, 1e-30, 3.0] instead of [1e-30, 3.0]
# expect: should have shape (2,)
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().flatten()
    if flat.is_floating_point():
        as_int = {2: torch.int16, 4: torch.int32, 8: torch.int64}[flat.element_size()]
        present = flat.view(as_int) != 0
    else:
        present = flat != 0
    return present, flat[present]
