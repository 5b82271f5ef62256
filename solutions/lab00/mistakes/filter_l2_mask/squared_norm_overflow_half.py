# mistake: ranks filters by the sum of squares (skipping the monotone sqrt) computed in the weight's dtype, which overflows to inf in float16 and turns distinct norms into a tie
# wrong on: filter_l2_mask(torch.tensor([[400.0, 400.0], [300.0, 300.0]], dtype=torch.float16), 0.5): prunes row 0 (mask [[0,0],[1,1]]) instead of row 1 (norm 424 < 566, mask [[1,1],[0,0]])
# expect: overflows to inf above 256
import torch


def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    """Structured mask that removes the output filters (slices along dim 0) with the smallest L2 norm."""
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must be in [0, 1], got {sparsity}")
    m = weight.shape[0]
    k = round(sparsity * m)
    scores = weight.detach().pow(2).flatten(1).sum(dim=1)  # squared norm: same order as the norm
    order = torch.argsort(scores, stable=True)
    keep = torch.ones(m, dtype=weight.dtype, device=weight.device)
    keep[order[:k]] = 0.0
    return keep.reshape((m,) + (1,) * (weight.dim() - 1)).expand_as(weight).clone()
