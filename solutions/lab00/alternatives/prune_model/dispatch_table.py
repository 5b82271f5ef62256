# alternative: validates scope against a table of mask builders before touching the model, then attaches every mask in one loop
import torch.nn.utils.prune as torch_prune


def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    from utils.validation import validate_fraction, validate_type

    validate_type("model", model, nn.Module)
    sparsity = validate_fraction("sparsity", sparsity)
    validate_type("scope", scope, str)
    builders = {
        "local": lambda ws: {name: magnitude_mask(w, sparsity) for name, w in ws.items()},
        "global": lambda ws: global_magnitude_masks(ws, sparsity),
    }
    if not isinstance(scope, str) or scope not in builders:
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    layers = prunable_modules(model)
    masks = builders[scope]({name: layer.weight.detach() for name, layer in layers.items()})
    for name, layer in layers.items():
        torch_prune.custom_from_mask(layer, "weight", masks[name])
    return {name: masks[name] for name in layers}
