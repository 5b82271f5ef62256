# mistake: walks named_children instead of prunable_modules, missing nested layers
# expect: head.a_out
def sparsity_report(model):
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    modules = {n: m for n, m in model.named_children() if isinstance(m, (nn.Linear, nn.Conv1d, nn.Conv2d))}
    if len(modules) == 0:
        raise ValueError("no prunable layer")
    report, zeros, total = {}, 0, 0
    for name, module in modules.items():
        w = module.weight.detach()
        z = int((w == 0).sum())
        report[name] = z / w.numel()
        zeros += z
        total += w.numel()
    report["global"] = zeros / total
    return report
