# mistake: finds the k-th smallest magnitude and prunes everything <= it, so all tied entries at the threshold are pruned
# wrong on: global_magnitude_masks({"a": torch.tensor([1., 1.]), "b": torch.tensor([1., 2.])}, 0.25): prunes 3 entries -> a=[0,0], b=[0,1], the docstring demands exactly 1 -> a=[0,1], b=[1,1]
# expect: tied with the k-th smallest
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    flat = torch.cat([w.detach().abs().flatten().double().cpu() for w in weights.values()])
    k = round(sparsity * flat.numel())
    if k == 0:
        return {name: torch.ones_like(w) for name, w in weights.items()}
    threshold = torch.sort(flat).values[k - 1].item()
    return {name: (w.detach().abs() > threshold).to(w.dtype) for name, w in weights.items()}
