# mistake: counts |w| < 1e-6 as zero, not only exact zeros
# expect: wrong
def sparsity_report(model):
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    modules = prunable_modules(model)
    if len(modules) == 0:
        raise ValueError("no prunable layer")
    report, zeros, total = {}, 0, 0
    for name, module in modules.items():
        w = module.weight.detach()
        z = int((w.abs() < 1e-6).sum())
        report[name] = z / w.numel()
        zeros += z
        total += w.numel()
    report["global"] = zeros / total
    return report
