# alternative: torch.ne and masked_select


def bitmap_encode(weight):
    validate_type("weight", weight, torch.Tensor)
    flat = weight.detach().reshape(-1)
    bitmap = torch.ne(flat, 0)
    return bitmap, torch.masked_select(flat, bitmap)
