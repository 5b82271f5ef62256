# alternative: zeros = numel - torch.count_nonzero(weight) per layer; "global" from the summed counts, added after the layers
def sparsity_report(model: nn.Module) -> dict[str, float]:
    from utils.validation import validate_type

    validate_type("model", model, nn.Module)
    layers = prunable_modules(model)
    if len(layers) == 0:
        raise ValueError("the model has no Linear or Conv layer")
    counts = {
        name: (m.weight.numel() - int(torch.count_nonzero(m.weight)), m.weight.numel()) for name, m in layers.items()
    }
    report = {name: zeros / size for name, (zeros, size) in counts.items()}
    report["global"] = sum(z for z, _ in counts.values()) / sum(n for _, n in counts.values())
    return report
