# mistake: computes in float32 and casts back
# expect: float64
def hard_concrete_test_gate(log_alpha):
    if not isinstance(log_alpha, torch.Tensor) or not log_alpha.dtype.is_floating_point:
        raise TypeError("log_alpha must be a floating-point tensor")
    gamma, zeta = -0.1, 1.1
    return torch.clamp(torch.sigmoid(log_alpha.float()) * (zeta - gamma) + gamma, 0.0, 1.0).to(log_alpha.dtype)
