# mistake: returns the bitmap as 0.0/1.0 floats ((flat != 0).float()) instead of a torch.bool tensor
# wrong on: bitmap_encode(torch.tensor([[0.0, 1.5, 0.0], [-2.0, 0.0, 0.25]]))[0] is float32 [0., 1., 0., 1., 0., 1.] instead of bool [False, True, False, True, False, True]
# expect: should have dtype torch.bool
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().flatten()
    present = flat != 0
    return present.float(), flat[present]
