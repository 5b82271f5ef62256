# mistake: reports the fraction of nonzero weights (density, from count_nonzero) instead of the fraction of zeros
# wrong on: sparsity_report(nn.Sequential(nn.Linear(3, 2))): reports 1.0 for a dense layer instead of 0.0
# expect: the density
def sparsity_report(model: nn.Module) -> dict[str, float]:
    modules = prunable_modules(model)
    if not modules:
        raise ValueError("the model has no prunable layer")
    report, nonzero, total = {}, 0, 0
    for name, module in modules.items():
        nnz = int(torch.count_nonzero(module.weight))
        report[name] = nnz / module.weight.numel()
        nonzero += nnz
        total += module.weight.numel()
    report["global"] = nonzero / total
    return report
