# mistake: applies sigmoid in place on a detached view, overwriting the input
# expect: unchanged
def hard_concrete_test_gate(log_alpha):
    if not isinstance(log_alpha, torch.Tensor) or not log_alpha.dtype.is_floating_point:
        raise TypeError("log_alpha must be a floating-point tensor")
    gamma, zeta = -0.1, 1.1
    s = log_alpha.detach().sigmoid_() if not log_alpha.requires_grad else torch.sigmoid(log_alpha)
    return torch.clamp(s * (zeta - gamma) + gamma, 0.0, 1.0)
