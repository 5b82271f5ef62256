# alternative: a weight is N:M sparse when its own N:M mask keeps every nonzero
def is_nm_sparse(weight: torch.Tensor, n: int, m: int) -> bool:
    kept = nm_mask(weight, n, m)  # validates like nm_mask; nonzeros (NaN included) outrank zeros in their group
    return not bool(((weight.detach() != 0) & ~kept).any())
