# mistake: divides by max(total, 1), so a model with no prunable layer returns {"global": 0.0} instead of raising ValueError
# wrong on: sparsity_report(nn.Sequential(nn.ReLU())): returns {'global': 0.0} instead of raising ValueError
# expect: raise ValueError
def sparsity_report(model: nn.Module) -> dict[str, float]:
    report, zeros, total = {}, 0, 0
    for name, module in prunable_modules(model).items():
        layer_zeros = int((module.weight == 0).sum())
        report[name] = layer_zeros / module.weight.numel()
        zeros += layer_zeros
        total += module.weight.numel()
    report["global"] = zeros / max(total, 1)
    return report
