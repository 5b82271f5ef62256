# mistake: computes progress as step / (end_step - begin_step), forgetting to subtract begin_step from step
# wrong on: cubic_sparsity(9, 0.9, 4, 14, initial_sparsity=0.2): progress 0.9 instead of 0.5, returns 0.8993 instead of 0.8125
# expect: (step - begin_step)
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    if end_step <= begin_step:
        raise ValueError(f"end_step ({end_step}) must be greater than begin_step ({begin_step})")
    if step <= begin_step:
        return float(initial_sparsity)
    if step >= end_step:
        return float(final_sparsity)
    progress = step / (end_step - begin_step)
    return float(final_sparsity + (initial_sparsity - final_sparsity) * (1 - progress) ** 3)
