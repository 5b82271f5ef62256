# mistake: prunes each tensor to the same sparsity on its own (local pruning) instead of ranking all entries together
# wrong on: global_magnitude_masks({"small": torch.tensor([0.1, -0.2, 0.3]), "large": torch.tensor([[5.0, -0.05], [4.0, 6.0]])}, 3 / 7): prunes 0.1, -0.05 and 4.0 instead of -0.05, 0.1 and -0.2
# expect: local pruning
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    return {name: magnitude_mask(w, sparsity) for name, w in weights.items()}
