# mistake: calls prune.remove on pruned layers to read the weight, changing the model
# expect: changed
def sparsity_report(model):
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    modules = prunable_modules(model)
    if len(modules) == 0:
        raise ValueError("no prunable layer")
    report, zeros, total = {}, 0, 0
    for name, module in modules.items():
        if hasattr(module, "weight_orig"):
            torch.nn.utils.prune.remove(module, "weight")
        w = module.weight.detach()
        z = int((w == 0).sum())
        report[name] = z / w.numel()
        zeros += z
        total += w.numel()
    report["global"] = zeros / total
    return report
