# alternative: torch.count_nonzero per layer, totals summed at the end
def sparsity_report(model):
    from utils.validation import validate_type

    validate_type("model", model, nn.Module)
    layers = prunable_modules(model)
    if not layers:
        raise ValueError("the model has no prunable layer")
    counts = {
        name: (m.weight.numel() - int(torch.count_nonzero(m.weight)), m.weight.numel()) for name, m in layers.items()
    }
    report = {name: zeros / n for name, (zeros, n) in counts.items()}
    report["global"] = sum(z for z, _ in counts.values()) / sum(n for _, n in counts.values())
    return report
