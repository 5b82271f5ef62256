# mistake: accepts ratio 1 (index error or all pruned)
# expect: ratio 1.0


def early_bird_mask(model, ratio):
    validate_type("model", model, nn.Module)
    gammas = []
    for m in model.modules():
        if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)) and m.weight is not None:
            gammas.append(m.weight.detach().abs().flatten())
    if not gammas:
        raise ValueError("no BatchNorm scale")
    ratio = validate_fraction("ratio", ratio)
    g = torch.cat(gammas)
    threshold = torch.sort(g).values[min(int(g.numel() * ratio), g.numel() - 1)]
    return (g > threshold).to(torch.float32)
