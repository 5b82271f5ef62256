# mistake: switches the model to eval mode "to be safe" and never switches it back, which modifies the model's training flags
# wrong on: m = nn.Sequential(nn.Linear(2, 2)).train(); sparsity_report(m): afterwards m.training is False; the docstring says the model must not be modified
# expect: model.eval()
def sparsity_report(model: nn.Module) -> dict[str, float]:
    model.eval()
    layers = prunable_modules(model)
    if not layers:
        raise ValueError("the model has no prunable layer")
    report, zeros, total = {}, 0, 0
    with torch.no_grad():
        for name, module in layers.items():
            w = module.weight
            z = int((w == 0).sum())
            report[name] = z / w.numel()
            zeros += z
            total += w.numel()
    report["global"] = zeros / total
    return report
