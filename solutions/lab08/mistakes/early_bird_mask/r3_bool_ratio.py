# mistake: accepts a bool ratio (isinstance(ratio, (int, float)))
# expect: TypeError
def early_bird_mask(model, ratio):

    validate_type("model", model, nn.Module)
    bn_types = (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)
    scales = [
        m.weight.detach().abs().flatten() for m in model.modules() if isinstance(m, bn_types) and m.weight is not None
    ]
    if not scales:
        raise ValueError("model has no BatchNorm scale")
    if not isinstance(ratio, (int, float, np.floating)):
        raise TypeError("ratio")
    ratio = float(ratio)
    if not 0 <= ratio < 1:
        raise ValueError("ratio must be in [0, 1)")
    gammas = torch.cat([s.double() for s in scales])
    total = gammas.numel()
    threshold = torch.sort(gammas).values[int(total * ratio)]
    return (gammas > threshold).float()
