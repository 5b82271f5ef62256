# alternative: vectorised with torch.masked_select on the reshaped tensor (reshape(-1) copies a non-contiguous tensor when it must)
def bitmap_encode(weight: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    validate_type("weight", weight, torch.Tensor)  # the course's argument convention
    flat = weight.detach().reshape(-1)
    bitmap = torch.ne(flat, 0)
    return bitmap, torch.masked_select(flat, bitmap)
