# mistake: rejects a numpy float32 ratio
# expect: numpy


def early_bird_mask(model, ratio):
    validate_type("model", model, nn.Module)
    gammas = []
    for m in model.modules():
        if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)) and m.weight is not None:
            gammas.append(m.weight.detach().abs().flatten())
    if not gammas:
        raise ValueError("no BatchNorm scale")
    if isinstance(ratio, bool) or not isinstance(ratio, (int, float)):
        raise TypeError("ratio")
    if ratio >= 1:
        raise ValueError("ratio must be below 1")
    g = torch.cat(gammas)
    threshold = torch.sort(g).values[int(g.numel() * ratio)]
    return (g > threshold).to(torch.float32)
