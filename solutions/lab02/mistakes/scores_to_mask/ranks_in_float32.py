# mistake: casts every score to float32 before ranking (to concatenate "any real dtypes"), so float64 scores closer than float32's resolution become false ties
# wrong on: scores_to_mask({"w": torch.tensor([1.0 + 1e-9, 1.0], dtype=torch.float64)}, 0.5): returns [0., 1.] instead of [1., 0.] (1.0 is the lower score)
# expect: float32
import numbers
from collections.abc import Mapping

import torch


def scores_to_mask(
    scores: Mapping[str, torch.Tensor], sparsity: float, scope: str = "global"
) -> dict[str, torch.Tensor]:
    """Masks that prune the lowest scores, per layer or with one threshold for all layers."""
    if isinstance(sparsity, bool) or not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity must lie in [0, 1]")
    if scope not in ("local", "global"):
        raise ValueError("scope must be 'local' or 'global'")
    if len(scores) == 0:
        raise ValueError("no scores")
    masks = {}
    if scope == "local":
        for name, s in scores.items():
            flat = s.detach().flatten().float()
            k = round(sparsity * flat.numel())
            mask = torch.ones_like(flat)
            mask[torch.argsort(flat, stable=True)[:k]] = 0
            masks[name] = mask.to(s.dtype).reshape(s.shape)
        return masks
    flats = [s.detach().flatten().float() for s in scores.values()]
    everything = torch.cat(flats)
    k = round(sparsity * everything.numel())
    pruned = torch.zeros(everything.numel(), dtype=torch.bool, device=everything.device)
    pruned[torch.argsort(everything, stable=True)[:k]] = True
    start = 0
    for (name, s), flat in zip(scores.items(), flats):
        keep = ~pruned[start : start + flat.numel()]
        masks[name] = keep.to(s.dtype).reshape(s.shape)
        start += flat.numel()
    return masks
