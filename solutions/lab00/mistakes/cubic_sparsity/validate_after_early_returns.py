# mistake: returns s_i / s_f for steps outside (t0, t1) before checking end_step > begin_step, so a bad schedule never raises
# wrong on: cubic_sparsity(3, 0.8, 5, 5): returns 0.0 instead of raising ValueError
# expect: cubic_sparsity
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    """Target sparsity at ``step`` on Zhu & Gupta's cubic schedule."""
    if step <= begin_step:
        return float(initial_sparsity)
    if step >= end_step:
        return float(final_sparsity)
    if end_step <= begin_step:
        raise ValueError(f"end_step ({end_step}) must be greater than begin_step ({begin_step})")
    progress = (step - begin_step) / (end_step - begin_step)
    return float(final_sparsity + (initial_sparsity - final_sparsity) * (1 - progress) ** 3)
