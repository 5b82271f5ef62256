# alternative: torch.kthvalue (1-based) for the threshold, float64, isinstance checks
def early_bird_mask(model, ratio):
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    gammas = [
        m.weight.detach().double().abs().reshape(-1)
        for m in model.modules()
        if isinstance(m, nn.modules.batchnorm._BatchNorm) and m.weight is not None
    ]
    if len(gammas) == 0:
        raise ValueError("no BatchNorm scale")
    if isinstance(ratio, bool) or not isinstance(ratio, (int, float, np.integer, np.floating)):
        raise TypeError("ratio must be a real number")
    if not (0 <= ratio < 1):
        raise ValueError("ratio must be in [0, 1)")
    values = torch.cat(gammas)
    k = int(values.numel() * ratio)
    threshold = torch.kthvalue(values, k + 1).values
    return (values > threshold).to(torch.float32)
