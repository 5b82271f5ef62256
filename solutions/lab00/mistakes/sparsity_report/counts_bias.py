# mistake: counts every parameter of a prunable layer (weight and bias), not only its weight
# wrong on: nn.Sequential(nn.Linear(2, 2)) with weight [[0,0],[1,1]] and bias [1,1]: returns layer "0" = 2/6 and global 2/6, the docstring demands 2/4 = 0.5
# expect: sparsity_report
def sparsity_report(model: nn.Module) -> dict[str, float]:
    layers = prunable_modules(model)
    if not layers:
        raise ValueError("the model has no prunable layer")
    report, zeros, total = {}, 0, 0
    for name, module in layers.items():
        z = n = 0
        for p in module.parameters(recurse=False):
            z += int((p.detach() == 0).sum())
            n += p.numel()
        report[name] = z / n
        zeros += z
        total += n
    report["global"] = zeros / total
    return report
