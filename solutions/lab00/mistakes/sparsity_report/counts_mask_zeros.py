# mistake: for a pruned layer counts the zeros of weight_mask instead of the zeros of module.weight, missing weights that were exactly 0 and kept by the mask
# wrong on: sparsity_report(m) with m = nn.Sequential(nn.Linear(4, 1)), m[0].weight = [[0., 1., 2., 3.]] pruned by custom_from_mask(m[0], "weight", torch.tensor([[1., 0., 1., 1.]])): reports 0.25 instead of 0.5
# expect: zeros the mask keeps count too
def sparsity_report(model: nn.Module) -> dict[str, float]:
    modules = prunable_modules(model)
    if not modules:
        raise ValueError("the model has no prunable layer")
    report, zeros, total = {}, 0, 0
    for name, module in modules.items():
        if hasattr(module, "weight_mask"):
            layer_zeros = int((module.weight_mask == 0).sum())
        else:
            layer_zeros = int((module.weight == 0).sum())
        report[name] = layer_zeros / module.weight.numel()
        zeros += layer_zeros
        total += module.weight.numel()
    report["global"] = zeros / total
    return report
