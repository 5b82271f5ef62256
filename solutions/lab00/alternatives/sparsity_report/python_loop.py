# alternative: plain Python: counts the entries equal to 0 in weight.tolist() of each layer, with exact int / int divisions
def sparsity_report(model: nn.Module) -> dict[str, float]:
    from utils.validation import validate_type

    validate_type("model", model, nn.Module)
    report = {}
    total_zeros = total_entries = 0
    for name, module in prunable_modules(model).items():
        entries = module.weight.detach().flatten().tolist()
        zeros = sum(1 for value in entries if value == 0)
        report[name] = zeros / len(entries)
        total_zeros += zeros
        total_entries += len(entries)
    if not report:
        raise ValueError("the model has no Linear or Conv layer")
    report["global"] = total_zeros / total_entries
    return report
