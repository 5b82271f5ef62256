# alternative: linalg.vector_norm, row by row in a loop
def head_importance(gated_loss, batches, num_layers, num_heads):
    if not callable(gated_loss):
        raise TypeError("gated_loss must be callable")
    if not isinstance(batches, (list, tuple)):
        raise TypeError("batches must be a list or tuple")
    if len(batches) < 1:
        raise ValueError("no batches")
    num_layers = validate_int("num_layers", num_layers, 1)
    num_heads = validate_int("num_heads", num_heads, 1)
    importance = None
    for batch in batches:
        gates = torch.ones(num_layers, num_heads, requires_grad=True)
        g = torch.autograd.grad(gated_loss(gates, batch), [gates])[0].abs()
        importance = g if importance is None else importance + g
    rows = [importance[l] / (torch.linalg.vector_norm(importance[l]) + 1e-20) for l in range(num_layers)]
    return torch.stack(rows).detach()
