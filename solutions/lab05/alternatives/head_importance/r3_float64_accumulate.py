# alternative: accumulates in float64 and normalises with linalg.vector_norm, float32 at the end
def head_importance(gated_loss, batches, num_layers, num_heads):
    if not callable(gated_loss):
        raise TypeError("gated_loss must be callable")
    if not isinstance(batches, (list, tuple)):
        raise TypeError("batches must be a list or tuple")
    if not batches:
        raise ValueError("no batches")
    num_layers = validate_int("num_layers", num_layers, 1)
    num_heads = validate_int("num_heads", num_heads, 1)
    grads = []
    for batch in batches:
        gates = torch.ones(num_layers, num_heads, requires_grad=True)
        grads.append(torch.autograd.grad(gated_loss(gates, batch), [gates])[0].detach().double().abs())
    total = torch.stack(grads).sum(dim=0)
    norm = torch.linalg.vector_norm(total, dim=-1, keepdim=True)
    return (total / (norm + 1e-20)).to(torch.float32)
