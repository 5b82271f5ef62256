# mistake: reports "global" as the average of the per-layer sparsities instead of total zeros / total entries
# wrong on: sparsity_report(toy) with the visible test's toy (5 of 8 weights zero in layer "0", 0 of 2 in layer "2"): "global" is 0.3125 instead of 0.5
# expect: average the per-layer
def sparsity_report(model: nn.Module) -> dict[str, float]:
    modules = prunable_modules(model)
    if not modules:
        raise ValueError("the model has no prunable layer")
    report = {}
    for name, module in modules.items():
        report[name] = float((module.weight == 0).sum()) / module.weight.numel()
    report["global"] = sum(report.values()) / len(report)
    return report
