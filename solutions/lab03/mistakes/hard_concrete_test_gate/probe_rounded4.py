# mistake: rounds the gates to 4 decimals
# expect: gates
def hard_concrete_test_gate(log_alpha):
    if not isinstance(log_alpha, torch.Tensor) or not log_alpha.dtype.is_floating_point:
        raise TypeError("log_alpha must be a floating-point tensor")
    gamma, zeta = -0.1, 1.1
    z = torch.clamp(torch.sigmoid(log_alpha) * (zeta - gamma) + gamma, 0.0, 1.0)
    return z + (torch.round(z.detach(), decimals=4) - z.detach())
