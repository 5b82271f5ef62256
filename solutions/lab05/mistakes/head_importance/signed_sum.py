# mistake: sums the signed gradients
# expect: signed gradients
def head_importance(gated_loss, batches: list, num_layers: int, num_heads: int) -> torch.Tensor:
    if not callable(gated_loss):
        raise TypeError(f"gated_loss must be callable, got {type(gated_loss).__name__}")
    validate_type("batches", batches, (list, tuple))
    if not batches:
        raise ValueError("batches must hold at least one batch")
    num_layers = validate_int("num_layers", num_layers, minimum=1)
    num_heads = validate_int("num_heads", num_heads, minimum=1)
    importance = torch.zeros(num_layers, num_heads)
    for batch in batches:
        gates = torch.ones(num_layers, num_heads, requires_grad=True)
        (grad,) = torch.autograd.grad(gated_loss(gates, batch), gates)  # leaves the model's .grad alone
        importance += grad
    importance = importance.abs()
    return importance / (importance.norm(dim=1, keepdim=True) + 1e-20)
