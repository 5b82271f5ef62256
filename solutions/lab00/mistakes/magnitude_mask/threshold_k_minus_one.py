# mistake: takes the threshold t = sorted|w|[k - 1] and prunes |w| < t plus the first ties; with k = 0 the index -1 picks the maximum
# wrong on: magnitude_mask(torch.tensor([1.0, 2.0]), 0.0): returns tensor([0., 1.]) instead of tensor([1., 1.]) (k = 0 prunes nothing; an empty weight even raises IndexError)
# expect: tied |w|
import torch


def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    """Unstructured magnitude-pruning mask for one tensor."""
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must be in [0, 1], got {sparsity}")
    flat = weight.detach().flatten().abs()
    k = round(sparsity * flat.numel())
    sorted_vals, _ = torch.sort(flat)
    t = sorted_vals[k - 1]  # the k-th smallest |w|
    below = flat < t
    mask = torch.ones_like(flat)
    mask[below] = 0.0
    remaining = k - int(below.sum())  # how many of the entries equal to t still to prune
    tied = torch.nonzero(flat == t).flatten()[:remaining]
    mask[tied] = 0.0
    return mask.reshape(weight.shape)
