# mistake: converts a list with torch.as_tensor instead of rejecting it
# expect: error raised
def hard_concrete_test_gate(log_alpha):
    log_alpha = torch.as_tensor(log_alpha)
    if not log_alpha.dtype.is_floating_point:
        raise TypeError("log_alpha must be a floating-point tensor")
    gamma, zeta = -0.1, 1.1
    return torch.clamp(torch.sigmoid(log_alpha) * (zeta - gamma) + gamma, 0.0, 1.0)
