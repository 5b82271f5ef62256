# mistake: uses progress ** 3 instead of (1 - progress) ** 3, so the sparsity rises slowly first instead of fast first
# wrong on: cubic_sparsity(2, 0.8, 0, 10): returns 0.8 - 0.8 * 0.2 ** 3 = 0.7936 instead of 0.8 - 0.8 * 0.8 ** 3 = 0.3904
# expect: progress**3 instead of (1 - progress)**3
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    if end_step <= begin_step:
        raise ValueError(f"end_step ({end_step}) must be greater than begin_step ({begin_step})")
    if step <= begin_step:
        return float(initial_sparsity)
    if step >= end_step:
        return float(final_sparsity)
    progress = (step - begin_step) / (end_step - begin_step)
    return float(final_sparsity + (initial_sparsity - final_sparsity) * progress**3)
