# mistake: returns float32 for a float16 input
# expect: float16
def hard_concrete_test_gate(log_alpha):
    if not isinstance(log_alpha, torch.Tensor) or not log_alpha.dtype.is_floating_point:
        raise TypeError("log_alpha must be a floating-point tensor")
    gamma, zeta = -0.1, 1.1
    x = log_alpha.float() if log_alpha.dtype == torch.float16 else log_alpha
    return torch.clamp(torch.sigmoid(x) * (zeta - gamma) + gamma, 0.0, 1.0)
