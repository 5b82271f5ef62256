# mistake: counts zeros of weight_orig (the dense values) on a pruned layer instead of the masked weight
# expect: wrong
def sparsity_report(model):
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    modules = prunable_modules(model)
    if len(modules) == 0:
        raise ValueError("no prunable layer")
    report, zeros, total = {}, 0, 0
    for name, module in modules.items():
        w = getattr(module, "weight_orig", module.weight).detach()
        z = int((w == 0).sum())
        report[name] = z / w.numel()
        zeros += z
        total += w.numel()
    report["global"] = zeros / total
    return report
