# mistake: only counts BatchNorm1d and BatchNorm2d, not BatchNorm3d
# expect: BatchNorm3d
def early_bird_mask(model, ratio):
    import numbers

    validate_type("model", model, nn.Module)
    bn_types = (nn.BatchNorm1d, nn.BatchNorm2d)
    scales = [
        m.weight.detach().abs().flatten() for m in model.modules() if isinstance(m, bn_types) and m.weight is not None
    ]
    if not scales:
        raise ValueError("model has no BatchNorm scale")
    validate_type("ratio", ratio, numbers.Real)
    ratio = float(ratio)
    if not 0 <= ratio < 1:
        raise ValueError("ratio must be in [0, 1)")
    gammas = torch.cat([s.double() for s in scales])
    total = gammas.numel()
    threshold = torch.sort(gammas).values[int(total * ratio)]
    return (gammas > threshold).float()
