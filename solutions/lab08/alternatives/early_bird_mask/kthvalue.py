# alternative: torch.kthvalue for the threshold
def early_bird_mask(model: nn.Module, ratio: float) -> torch.Tensor:
    validate_type("model", model, nn.Module)
    norms = (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)
    gammas = [
        m.weight.detach().abs().flatten() for m in model.modules() if isinstance(m, norms) and m.weight is not None
    ]
    if not gammas:
        raise ValueError("the model has no BatchNorm scale")
    ratio = validate_fraction("ratio", ratio)
    if ratio == 1:
        raise ValueError(f"ratio must be in [0, 1), got {ratio!r}")
    values = torch.cat(gammas)
    threshold = torch.kthvalue(values, int(values.numel() * ratio) + 1).values
    return (values > threshold).float()
