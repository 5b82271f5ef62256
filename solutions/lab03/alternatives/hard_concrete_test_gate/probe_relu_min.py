# alternative: F.hardtanh-style clip via relu and minimum with a ones_like
def hard_concrete_test_gate(log_alpha):
    if not isinstance(log_alpha, torch.Tensor) or not log_alpha.is_floating_point():
        raise TypeError("log_alpha must be a floating-point tensor")
    zeta, gamma = 1.1, -0.1
    s_bar = torch.sigmoid(log_alpha) * (zeta - gamma) + gamma
    return torch.minimum(F.relu(s_bar), torch.ones_like(s_bar))
