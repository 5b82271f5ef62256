# alternative: torch.minimum and torch.maximum with tensors
def hard_concrete_test_gate(log_alpha: torch.Tensor) -> torch.Tensor:
    if not isinstance(log_alpha, torch.Tensor) or not log_alpha.dtype.is_floating_point:
        raise TypeError("log_alpha must be a floating-point tensor")
    gamma, zeta = -0.1, 1.1  # the stretch interval
    stretched = torch.sigmoid(log_alpha) * 1.2 - 0.1
    return torch.minimum(torch.maximum(stretched, torch.zeros_like(stretched)), torch.ones_like(stretched))
