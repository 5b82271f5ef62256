# mistake: goes through NumPy (weight.numpy()), which has no bfloat16 and drops the device
# wrong on: bitmap_encode(torch.tensor([1.0, 0.0], dtype=torch.bfloat16)): TypeError instead of ([True, False], tensor([1.], dtype=bfloat16))
# expect: NumPy
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    arr = weight.detach().cpu().numpy().reshape(-1)
    mask = arr != 0
    return torch.from_numpy(mask), torch.from_numpy(arr[mask].copy())
