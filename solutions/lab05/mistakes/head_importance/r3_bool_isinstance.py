# mistake: isinstance(num_layers, int): True accepted as 1 layer
# expect: Error
def head_importance(gated_loss, batches, num_layers, num_heads):
    if not callable(gated_loss):
        raise TypeError("gated_loss must be callable")
    validate_type("batches", batches, (list, tuple))
    if len(batches) == 0:
        raise ValueError("batches is empty")
    if not isinstance(num_layers, int) or num_layers < 1:
        raise ValueError("num_layers must be >= 1")
    validate_int("num_heads", num_heads, 1)
    total = torch.zeros(num_layers, num_heads)
    for batch in batches:
        gates = torch.ones(num_layers, num_heads, requires_grad=True)
        loss = gated_loss(gates, batch)
        (grad,) = torch.autograd.grad(loss, gates)
        total += grad.abs()
    norm = total.pow(2).sum(dim=1, keepdim=True).sqrt()
    return (total / (norm + 1e-20)).detach()
