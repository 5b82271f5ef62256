# alternative: loss.backward(inputs=[gates]) (fills only the gates' .grad), mean over batches, numpy norm
def head_importance(gated_loss, batches, num_layers, num_heads):
    if not callable(gated_loss):
        raise TypeError("gated_loss must be callable")
    validate_type("batches", batches, (list, tuple))
    if not batches:
        raise ValueError("no batches")
    num_layers = validate_int("num_layers", num_layers, 1)
    num_heads = validate_int("num_heads", num_heads, 1)
    grads = []
    for batch in batches:
        gates = torch.ones(num_layers, num_heads, requires_grad=True)
        gated_loss(gates, batch).backward(inputs=[gates])
        grads.append(gates.grad.detach().abs())
    total = torch.stack(grads).sum(dim=0)
    norms = torch.sqrt((total**2).sum(dim=1, keepdim=True))
    return (total / (norms + 1e-20)).to(torch.float32)
