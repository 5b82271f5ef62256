# alternative: backward() on a deep copy of the model, so the caller's .grad is untouched
def taylor_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    validate_type("model", model, nn.Module)
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("inputs must hold at least one sample")
    validate_type("targets", targets, torch.Tensor)
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 labels of shape (N,)")
    twin = copy.deepcopy(model).eval()
    for p in twin.parameters():
        p.grad = None
    with torch.enable_grad():
        F.cross_entropy(twin(inputs), targets).backward()
    return {name: (layer.weight.grad * layer.weight).abs().detach() for name, layer in prunable_modules(twin).items()}
