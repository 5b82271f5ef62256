# mistake: returns {'global': 0.0} for a model without prunable layers
# expect: ValueError
def sparsity_report(model):
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    modules = prunable_modules(model)
    if len(modules) == 0:
        return {"global": 0.0}
    report, zeros, total = {}, 0, 0
    for name, module in modules.items():
        w = module.weight.detach()
        z = int((w == 0).sum())
        report[name] = z / w.numel()
        zeros += z
        total += w.numel()
    report["global"] = zeros / total
    return report
