# alternative: 1 / (1 + exp(-x)) and where-based clipping
def hard_concrete_test_gate(log_alpha):
    if not isinstance(log_alpha, torch.Tensor) or not torch.is_floating_point(log_alpha):
        raise TypeError("log_alpha must be a floating-point tensor")
    s = 1.0 / (1.0 + torch.exp(-log_alpha))
    stretched = s * 1.2 - 0.1
    return stretched.clamp(min=0.0).clamp(max=1.0)
