# mistake: returns 0-d tensors ((weight == 0).float().mean()) instead of Python floats
# wrong on: sparsity_report(nn.Sequential(nn.Linear(3, 2))): report["0"] and report["global"] are tensors, not floats
# expect: should be of type float
def sparsity_report(model: nn.Module) -> dict[str, float]:
    modules = prunable_modules(model)
    if not modules:
        raise ValueError("the model has no prunable layer")
    report = {name: (m.weight == 0).float().mean() for name, m in modules.items()}
    zeros = sum((m.weight == 0).sum() for m in modules.values())
    report["global"] = zeros / sum(m.weight.numel() for m in modules.values())
    return report
