# mistake: converts an integer tensor to float instead of rejecting it
# expect: error raised
def hard_concrete_test_gate(log_alpha):
    if isinstance(log_alpha, torch.Tensor) and not log_alpha.dtype.is_floating_point:
        log_alpha = log_alpha.float()
    if not isinstance(log_alpha, torch.Tensor):
        raise TypeError("log_alpha must be a floating-point tensor")
    gamma, zeta = -0.1, 1.1
    return torch.clamp(torch.sigmoid(log_alpha) * (zeta - gamma) + gamma, 0.0, 1.0)
