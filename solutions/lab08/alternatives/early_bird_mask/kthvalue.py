# alternative: torch.kthvalue for the threshold
def early_bird_mask(model: nn.Module, ratio: float) -> torch.Tensor:
    if not isinstance(model, nn.Module):
        raise TypeError(f"model must be an nn.Module, got {type(model).__name__}")
    if isinstance(ratio, bool) or not isinstance(ratio, (int, float)):
        raise TypeError(f"ratio must be a real number, got {ratio!r}")
    if not 0 <= ratio < 1:
        raise ValueError(f"ratio must be in [0, 1), got {ratio!r}")
    norms = (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)
    gammas = [
        m.weight.detach().abs().flatten() for m in model.modules() if isinstance(m, norms) and m.weight is not None
    ]
    if not gammas:
        raise ValueError("the model has no BatchNorm scale")
    values = torch.cat(gammas)
    threshold = torch.kthvalue(values, int(values.numel() * ratio) + 1).values
    return (values > threshold).float()
