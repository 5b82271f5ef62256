# mistake: gets the gradient with zero_grad() and backward() in train mode, changing the model's .grad
# wrong on: the MLP whose .grad was 0.5
# expect: not modified
def snip_masks(
    model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor, sparsity: float
) -> tuple[dict[str, torch.Tensor], dict[str, torch.Tensor]]:
    if isinstance(sparsity, bool) or not isinstance(sparsity, (int, float)):
        raise TypeError(f"sparsity must be a real number, got {sparsity!r}")
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must be in [0, 1], got {sparsity!r}")
    model.zero_grad()
    F.cross_entropy(model(inputs), targets).backward()
    raw = {name: (m.weight.grad * m.weight).abs().detach() for name, m in prunable_modules(model).items()}
    total = sum(float(s.double().sum()) for s in raw.values())
    scores = {name: s / total if total > 0 else s for name, s in raw.items()}
    return scores, scores_to_mask(scores, sparsity, "global")
