# alternative: numpy: counts zeros of each weight with np.sum(w == 0)
def sparsity_report(model):
    import numpy as np

    if not isinstance(model, nn.Module):
        raise TypeError("model must be a module")
    layers = prunable_modules(model)
    if len(layers) == 0:
        raise ValueError("no prunable layers")
    out = {}
    zeros = total = 0
    for name, layer in layers.items():
        w = layer.weight.detach().cpu().to(torch.float64).numpy()
        z = int(np.sum(w == 0))
        out[name] = float(z / w.size)
        zeros += z
        total += w.size
    out["global"] = float(zeros / total)
    return out
