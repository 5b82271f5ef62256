# alternative: checks scope first, computes the global masks only when needed, and attaches layer by layer in prunable_modules order
from torch.nn.utils.prune import custom_from_mask


def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    from utils.validation import validate_fraction, validate_type

    validate_type("model", model, nn.Module)
    sparsity = validate_fraction("sparsity", sparsity)
    validate_type("scope", scope, str)
    if scope != "local" and scope != "global":
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    layers = prunable_modules(model)
    shared = None
    if scope == "global":
        shared = global_magnitude_masks({name: layer.weight.detach() for name, layer in layers.items()}, sparsity)
    masks = {}
    for name, layer in layers.items():
        mask = shared[name] if shared is not None else magnitude_mask(layer.weight.detach(), sparsity)
        custom_from_mask(layer, "weight", mask)
        masks[name] = mask
    return masks
