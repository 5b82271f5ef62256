# mistake: flattens by concatenating the rows (for row in weight), which fails on a 0-d tensor (no rows to iterate) and on a tensor with no rows (torch.cat of an empty list)
# wrong on: bitmap_encode(torch.tensor(2.5)) raises TypeError (iteration over a 0-d tensor) instead of returning (tensor([True]), tensor([2.5]))
# expect: Flatten any shape (0-d and empty included)
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    flat = torch.cat([row.detach().reshape(-1) for row in weight])
    present = flat != 0
    return present, flat[present]
