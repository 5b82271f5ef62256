# mistake: returns 0-d torch tensors as values instead of Python floats
# wrong on: sparsity_report(nn.Sequential(nn.Linear(2, 2))): values are torch.Tensor (e.g. tensor(0.)), the docstring demands Python float
# expect: sparsity_report
def sparsity_report(model: nn.Module) -> dict[str, float]:
    layers = prunable_modules(model)
    if not layers:
        raise ValueError("the model has no prunable layer")
    report = {}
    zeros, total = torch.tensor(0), 0
    for name, module in layers.items():
        w = module.weight.detach()
        z = (w == 0).sum()
        report[name] = z.double() / w.numel()
        zeros = zeros + z
        total += w.numel()
    report["global"] = zeros.double() / total
    return report
