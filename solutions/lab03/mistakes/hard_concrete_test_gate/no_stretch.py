# mistake: returns sigmoid(log_alpha) without the stretch
# expect: stretch
def hard_concrete_test_gate(log_alpha: torch.Tensor) -> torch.Tensor:
    if not isinstance(log_alpha, torch.Tensor) or not log_alpha.dtype.is_floating_point:
        raise TypeError("log_alpha must be a floating-point tensor")
    gamma, zeta = -0.1, 1.1  # the stretch interval
    return torch.sigmoid(log_alpha)
