# mistake: reads weight_orig (the unmasked weights torch.nn.utils.prune keeps) when it exists, instead of module.weight, so pruned entries are not counted
# wrong on: sparsity_report(m) with m = nn.Sequential(nn.Linear(4, 2)) pruned by torch.nn.utils.prune.custom_from_mask(m[0], "weight", torch.tensor([[0., 1., 1., 1.], [1., 1., 1., 0.]])): reports 0.0 instead of 0.25
# expect: zeros of module.weight
def sparsity_report(model: nn.Module) -> dict[str, float]:
    modules = prunable_modules(model)
    if not modules:
        raise ValueError("the model has no prunable layer")
    report, zeros, total = {}, 0, 0
    for name, module in modules.items():
        weight = getattr(module, "weight_orig", module.weight)
        layer_zeros = int((weight == 0).sum())
        report[name] = layer_zeros / weight.numel()
        zeros += layer_zeros
        total += weight.numel()
    report["global"] = zeros / total
    return report
