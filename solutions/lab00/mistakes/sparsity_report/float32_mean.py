# mistake: computes the fractions in float32 with (w == 0).float().mean().item(), which is not exactly zeros / entries
# wrong on: sparsity_report(m) with m = nn.Sequential(nn.Linear(3, 1)) whose weight is [[0., 1., 2.]]: report["0"] is 0.3333333432674408 instead of 1/3
# expect: not a float32 mean
def sparsity_report(model: nn.Module) -> dict[str, float]:
    modules = prunable_modules(model)
    if not modules:
        raise ValueError("the model has no prunable layer")
    report = {name: (m.weight == 0).float().mean().item() for name, m in modules.items()}
    everything = torch.cat([m.weight.detach().flatten().float() for m in modules.values()])
    report["global"] = (everything == 0).float().mean().item()
    return report
