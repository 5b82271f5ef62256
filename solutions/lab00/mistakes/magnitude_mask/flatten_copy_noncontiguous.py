# mistake: writes the zeros through mask.flatten() of ones_like(weight); for a non-contiguous weight ones_like keeps its strides, flatten() returns a copy and the zeros are lost
# wrong on: magnitude_mask(torch.tensor([[1.0, 3.0], [2.0, 4.0]]).t(), 0.5): returns all ones instead of tensor([[0., 0.], [1., 1.]])
# expect: not contiguous
import torch


def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    """Unstructured magnitude-pruning mask for one tensor."""
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must be in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    order = torch.argsort(weight.detach().abs().flatten(), stable=True)
    mask = torch.ones_like(weight)
    mask.flatten()[order[:k]] = 0.0
    return mask
