# mistake: reports every module that has a weight (BatchNorm included) instead of the layers of prunable_modules(model)
# wrong on: sparsity_report(nn.Sequential(nn.Linear(3, 3), nn.BatchNorm1d(3))): returns an extra entry "1" for the BatchNorm and counts its weight in "global"
# expect: no BatchNorm
def sparsity_report(model: nn.Module) -> dict[str, float]:
    report, zeros, total = {}, 0, 0
    for name, module in model.named_modules():
        weight = getattr(module, "weight", None)
        if not isinstance(weight, torch.Tensor):
            continue
        layer_zeros = int((weight == 0).sum())
        report[name] = layer_zeros / weight.numel()
        zeros += layer_zeros
        total += weight.numel()
    if total == 0:
        raise ValueError("the model has no prunable layer")
    report["global"] = zeros / total
    return report
