# mistake: divides by the norm without 1e-20 (NaN for a zero layer)
# expect: zero
def head_importance(gated_loss, batches: list, num_layers: int, num_heads: int) -> torch.Tensor:
    if not callable(gated_loss):
        raise TypeError("gated_loss must be callable.")
    validate_type("batches", batches, (list, tuple))
    if len(batches) == 0:
        raise ValueError("batches must not be empty.")
    num_layers = validate_int("num_layers", num_layers, 1)
    num_heads = validate_int("num_heads", num_heads, 1)
    total = torch.zeros(num_layers, num_heads)
    for batch in batches:
        gates = torch.ones(num_layers, num_heads, requires_grad=True)
        loss = gated_loss(gates, batch)
        (grad,) = torch.autograd.grad(loss, gates)
        total += grad.abs()
    norm = total.pow(2).sum(dim=1, keepdim=True).sqrt()
    return (total / norm).detach()
