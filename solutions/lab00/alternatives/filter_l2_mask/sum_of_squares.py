# alternative: ranks filters by the sum of squares (no square root: the same order), computed in numpy float64
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    from utils.validation import validate_fraction, validate_type

    validate_type("weight", weight, torch.Tensor)
    if weight.dim() < 2:
        raise ValueError("weight must have at least 2 dims")
    sparsity = validate_fraction("sparsity", sparsity)
    import numpy as np

    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    squares = (weight.detach().cpu().double().numpy().reshape(weight.shape[0], -1) ** 2).sum(axis=1)
    k = round(sparsity * weight.shape[0])
    mask = torch.ones_like(weight)
    for i in np.argsort(squares, kind="stable")[:k]:
        mask[int(i)] = 0
    return mask
