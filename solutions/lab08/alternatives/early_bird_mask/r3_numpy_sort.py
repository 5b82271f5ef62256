# alternative: numpy sort on float64 values and a Python loop over layers
def early_bird_mask(model, ratio):
    validate_type("model", model, nn.Module)
    values = []
    for module in model.modules():
        if (
            isinstance(module, (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d, nn.SyncBatchNorm))
            and module.weight is not None
        ):
            values.append(np.abs(module.weight.detach().cpu().numpy().astype(np.float64)))
    if not values:
        raise ValueError("model has no BatchNorm with a learnable scale")
    ratio = validate_fraction("ratio", ratio)
    if ratio >= 1:
        raise ValueError("ratio must be < 1")
    flat_values = np.concatenate(values)
    threshold = np.sort(flat_values)[int(len(flat_values) * ratio)]
    return torch.from_numpy((flat_values > threshold).astype(np.float32))
