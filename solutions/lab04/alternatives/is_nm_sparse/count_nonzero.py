# alternative: torch.count_nonzero on channels-last groups, via nm_mask's validation
def is_nm_sparse(weight: torch.Tensor, n: int, m: int) -> bool:
    nm_mask(weight, n, m)  # same checks, same order
    w = weight.detach()
    if w.dim() == 4:
        w = w.movedim(1, -1)
    groups = w.unflatten(-1, (w.shape[-1] // m, m))
    return bool(torch.count_nonzero(groups, dim=-1).le(n).all().item()) if groups.numel() else True
