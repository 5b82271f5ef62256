# mistake: indexes with torch.nonzero(flat).squeeze(), which is 0-d when there is one nonzero
# wrong on: bitmap_encode(torch.tensor([0.0, 5.0])): values has shape () instead of (1,)
# expect: Flatten any shape
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = weight.detach().flatten()
    present = flat != 0
    idx = torch.nonzero(flat).squeeze()
    return present, flat[idx]
