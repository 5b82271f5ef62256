# mistake: counts the bias entries together with the weights (in each layer and in "global")
# wrong on: sparsity_report(m) with m = nn.Sequential(nn.Linear(2, 2)) whose weight was zeroed (m[0].weight.data.zero_()) and whose bias is nonzero: reports 4/6 instead of 1.0
# expect: count the biases too
def sparsity_report(model: nn.Module) -> dict[str, float]:
    modules = prunable_modules(model)
    if not modules:
        raise ValueError("the model has no prunable layer")
    report, zeros, total = {}, 0, 0
    for name, module in modules.items():
        tensors = [module.weight] + ([module.bias] if module.bias is not None else [])
        layer_zeros = sum(int((t == 0).sum()) for t in tensors)
        layer_total = sum(t.numel() for t in tensors)
        report[name] = layer_zeros / layer_total
        zeros += layer_zeros
        total += layer_total
    report["global"] = zeros / total
    return report
