# mistake: no type check: a non-module raises AttributeError
# expect: TypeError
def sparsity_report(model):
    modules = prunable_modules(model)
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
