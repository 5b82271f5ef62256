# mistake: computes through numpy, which loses the device and cannot handle bfloat16
# wrong on: bitmap_encode(torch.tensor([0.0, 1.0], dtype=torch.bfloat16)): raises TypeError instead of returning ([False, True], [1.])
# expect: bfloat16
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().cpu().numpy().reshape(-1)
    present = flat != 0
    return torch.from_numpy(present), torch.from_numpy(flat[present])
