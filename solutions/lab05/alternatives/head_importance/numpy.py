# alternative: collects the gradients and normalises with numpy
def head_importance(gated_loss, batches: list, num_layers: int, num_heads: int) -> torch.Tensor:
    if not callable(gated_loss):
        raise TypeError(f"gated_loss must be callable, got {type(gated_loss).__name__}")
    validate_type("batches", batches, (list, tuple))
    if not batches:
        raise ValueError("batches must hold at least one batch")
    num_layers = validate_int("num_layers", num_layers, minimum=1)
    num_heads = validate_int("num_heads", num_heads, minimum=1)
    grads = []
    for batch in batches:
        gates = torch.ones(num_layers, num_heads, requires_grad=True)
        (grad,) = torch.autograd.grad(gated_loss(gates, batch), gates)  # leaves the model's .grad alone
        grads.append(grad.abs().numpy())
    total = np.sum(grads, axis=0)
    norm = np.linalg.norm(total, axis=1, keepdims=True)
    return torch.from_numpy((total / (norm + 1e-20)).astype(np.float32))
