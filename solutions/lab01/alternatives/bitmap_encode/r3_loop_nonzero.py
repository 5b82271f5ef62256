# alternative: flatnonzero via torch.nonzero and index_select
def bitmap_encode(weight):
    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    flat = weight.flatten()
    bitmap = torch.zeros(flat.numel(), dtype=torch.bool, device=weight.device)
    idx = torch.nonzero(flat != 0).reshape(-1)
    bitmap[idx] = True
    return bitmap, flat.index_select(0, idx).clone()
