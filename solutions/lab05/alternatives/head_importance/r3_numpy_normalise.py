# alternative: gradients with autograd.grad, sums and normalisation in numpy float64
def head_importance(gated_loss, batches, num_layers, num_heads):
    if not callable(gated_loss):
        raise TypeError("gated_loss is not callable")
    validate_type("batches", batches, (list, tuple))
    if len(batches) < 1:
        raise ValueError("batches must not be empty")
    validate_int("num_layers", num_layers, 1)
    validate_int("num_heads", num_heads, 1)
    total = np.zeros((int(num_layers), int(num_heads)))
    for batch in batches:
        gates = torch.ones(int(num_layers), int(num_heads), requires_grad=True)
        g = torch.autograd.grad(gated_loss(gates, batch), gates)[0]
        total += np.abs(g.detach().numpy().astype(np.float64))
    rows = np.sqrt((total**2).sum(axis=1, keepdims=True))
    return torch.from_numpy(total / (rows + 1e-20)).float()
