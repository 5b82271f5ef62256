# mistake: puts the "global" key first instead of last
# wrong on: sparsity_report(nn.Sequential(nn.Linear(3, 2))): returns keys ['global', '0'] instead of ['0', 'global']
# expect: 'global' last
def sparsity_report(model: nn.Module) -> dict[str, float]:
    modules = prunable_modules(model)
    if not modules:
        raise ValueError("the model has no prunable layer")
    zeros = sum(int((m.weight == 0).sum()) for m in modules.values())
    total = sum(m.weight.numel() for m in modules.values())
    report = {"global": zeros / total}
    for name, module in modules.items():
        report[name] = int((module.weight == 0).sum()) / module.weight.numel()
    return report
