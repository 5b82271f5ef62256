# alternative: per-layer Python loop for the normalisation, math.sqrt of the sum of squares
def head_importance(gated_loss, batches, num_layers, num_heads):
    if not callable(gated_loss):
        raise TypeError("gated_loss must be callable")
    validate_type("batches", batches, (list, tuple))
    if not len(batches):
        raise ValueError("batches is empty")
    validate_int("num_layers", num_layers, 1)
    validate_int("num_heads", num_heads, 1)
    importance = torch.zeros(num_layers, num_heads)
    for batch in batches:
        gates = torch.ones(num_layers, num_heads, requires_grad=True)
        loss = gated_loss(gates, batch)
        importance = importance + torch.autograd.grad(loss, gates)[0].abs()
    rows = []
    for l in range(num_layers):
        norm = math.sqrt(sum(float(v) ** 2 for v in importance[l].tolist()))
        rows.append(importance[l] / (norm + 1e-20))
    return torch.stack(rows).float().detach()
