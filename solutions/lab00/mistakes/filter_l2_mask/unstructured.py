# mistake: prunes individual entries (unstructured magnitude pruning) instead of whole filters
# wrong on: filter_l2_mask(torch.tensor([[3.0, 4.0], [1.0, 0.0], [0.0, -2.0], [-6.0, 0.0]]), 0.5): prunes the 4 smallest entries, which are spread over rows 1, 2 and 3, instead of the whole rows 1 and 2
# expect: Rows are filters
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    return magnitude_mask(weight, sparsity)
