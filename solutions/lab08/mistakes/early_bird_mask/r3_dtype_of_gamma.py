# mistake: returns the mask in the gammas' dtype (float64 for a float64 model) instead of float32
# expect: float32
def early_bird_mask(model, ratio):
    import numbers

    validate_type("model", model, nn.Module)
    bn_types = (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)
    scales = [
        m.weight.detach().abs().flatten() for m in model.modules() if isinstance(m, bn_types) and m.weight is not None
    ]
    if not scales:
        raise ValueError("model has no BatchNorm scale")
    validate_type("ratio", ratio, numbers.Real)
    ratio = float(ratio)
    if not 0 <= ratio < 1:
        raise ValueError("ratio must be in [0, 1)")
    gammas = torch.cat(scales)
    total = gammas.numel()
    threshold = torch.sort(gammas).values[int(total * ratio)]
    return (gammas > threshold).to(gammas.dtype)
