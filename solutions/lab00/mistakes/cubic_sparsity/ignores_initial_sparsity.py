# mistake: ignores initial_sparsity (starts the ramp from 0 as if s_i were always 0)
# wrong on: cubic_sparsity(9, 0.9, 4, 14, initial_sparsity=0.2): returns 0.9 - 0.9 * 0.125 = 0.7875 instead of 0.9 - 0.7 * 0.125 = 0.8125
# expect: ignore initial_sparsity
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    if end_step <= begin_step:
        raise ValueError(f"end_step ({end_step}) must be greater than begin_step ({begin_step})")
    if step <= begin_step:
        return 0.0
    if step >= end_step:
        return float(final_sparsity)
    progress = (step - begin_step) / (end_step - begin_step)
    return float(final_sparsity - final_sparsity * (1 - progress) ** 3)
