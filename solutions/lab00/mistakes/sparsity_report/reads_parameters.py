# mistake: reads the layer's registered weight parameter via named_parameters, which after torch.nn.utils.prune is the dense weight_orig, not the masked weight
# wrong on: m = nn.Sequential(nn.Linear(4, 2)); torch.nn.utils.prune.custom_from_mask(m[0], "weight", torch.tensor([[0., 0., 1., 1.], [1., 1., 1., 1.]])): returns sparsity 0.0, the docstring demands 2/8 = 0.25
# expect: sparsity_report
def sparsity_report(model: nn.Module) -> dict[str, float]:
    layers = prunable_modules(model)
    if not layers:
        raise ValueError("the model has no prunable layer")
    report, zeros, total = {}, 0, 0
    for name, module in layers.items():
        w = next(p for pname, p in module.named_parameters(recurse=False) if pname.startswith("weight"))
        z = int((w.detach() == 0).sum())
        report[name] = z / w.numel()
        zeros += z
        total += w.numel()
    report["global"] = zeros / total
    return report
