# mistake: does not keep s_f after end_step: the formula is applied for every step after begin_step
# wrong on: cubic_sparsity(30, 0.9, 4, 14, initial_sparsity=0.2): returns 0.9 + 0.7 * 1.6 ** 3 = 3.7672 instead of 0.9
# expect: forget to keep s_f after end_step
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    if end_step <= begin_step:
        raise ValueError(f"end_step ({end_step}) must be greater than begin_step ({begin_step})")
    if step <= begin_step:
        return float(initial_sparsity)
    progress = (step - begin_step) / (end_step - begin_step)
    return float(final_sparsity + (initial_sparsity - final_sparsity) * (1 - progress) ** 3)
