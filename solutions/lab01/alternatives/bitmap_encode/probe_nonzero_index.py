# alternative: positions from torch.nonzero, bitmap by index_fill


def bitmap_encode(weight):
    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    flat = weight.detach().reshape(weight.numel())
    where = torch.nonzero(flat != 0).reshape(-1)
    bitmap = torch.zeros(flat.numel(), dtype=torch.bool, device=flat.device).index_fill_(0, where, True)
    return bitmap, flat.index_select(0, where).clone()
