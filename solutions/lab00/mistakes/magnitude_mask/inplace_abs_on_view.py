# mistake: takes |w| in place on weight.detach().flatten(), which is a view sharing storage, so the caller's weight loses its signs
# wrong on: w = torch.tensor([-1.0, 2.0]); magnitude_mask(w, 0.5): leaves w == tensor([1., 2.]) instead of leaving w unmodified (tensor([-1., 2.]))
# expect: unchanged
import torch


def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    """Unstructured magnitude-pruning mask for one tensor."""
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must be in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    scores = weight.detach().flatten()
    scores.abs_()
    order = torch.argsort(scores, stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0.0
    return mask.reshape(weight.shape)
