# mistake: reports the layers sorted by name
# expect: (key, type)
def sparsity_report(model):
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    modules = prunable_modules(model)
    if len(modules) == 0:
        raise ValueError("no prunable layer")
    report, zeros, total = {}, 0, 0
    for name, module in sorted(modules.items()):
        w = module.weight.detach()
        z = int((w == 0).sum())
        report[name] = z / w.numel()
        zeros += z
        total += w.numel()
    report["global"] = zeros / total
    return report
