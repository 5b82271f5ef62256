# mistake: calls torch.nn.utils.prune.remove on pruned layers to read the final weights, which modifies the model (drops weight_orig/weight_mask and the forward pre-hook)
# wrong on: m = nn.Sequential(nn.Linear(4, 2)); prune.custom_from_mask(m[0], "weight", mask); sparsity_report(m): values are right, but afterwards m[0] has no weight_mask/weight_orig; the docstring says the model must not be modified
# expect: sparsity_report
def sparsity_report(model: nn.Module) -> dict[str, float]:
    from torch.nn.utils import prune

    layers = prunable_modules(model)
    if not layers:
        raise ValueError("the model has no prunable layer")
    report, zeros, total = {}, 0, 0
    for name, module in layers.items():
        if prune.is_pruned(module) and hasattr(module, "weight_orig"):
            prune.remove(module, "weight")
        w = module.weight.detach()
        z = int((w == 0).sum())
        report[name] = z / w.numel()
        zeros += z
        total += w.numel()
    report["global"] = zeros / total
    return report
