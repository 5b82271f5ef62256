# alternative: every nonzero lies in nm_mask(weight, n, m): the n largest |w| of a group cover all its nonzeros exactly when there are at most n
def is_nm_sparse(weight: torch.Tensor, n: int, m: int) -> bool:
    mask = nm_mask(weight, n, m)
    return not bool(((weight.detach() != 0) & ~mask).any())
