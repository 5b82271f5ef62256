# mistake: counts entries with |w| < 1e-6 as zeros instead of entries exactly equal to 0
# wrong on: nn.Sequential(nn.Linear(2, 1)) with weight [[1e-8, 1.0]]: returns 0.5, the docstring demands 0.0 (no entry equals 0)
# expect: Only exact zeros count
def sparsity_report(model: nn.Module) -> dict[str, float]:
    layers = prunable_modules(model)
    if not layers:
        raise ValueError("the model has no prunable layer")
    report, zeros, total = {}, 0, 0
    for name, module in layers.items():
        w = module.weight.detach()
        z = int((w.abs() < 1e-6).sum())
        report[name] = z / w.numel()
        zeros += z
        total += w.numel()
    report["global"] = zeros / total
    return report
