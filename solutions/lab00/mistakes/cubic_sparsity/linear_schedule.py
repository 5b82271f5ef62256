# mistake: uses a linear schedule (1 - progress) instead of the cubic (1 - progress) ** 3
# wrong on: cubic_sparsity(5, 0.8, 0, 10): returns 0.4 instead of 0.7
# expect: use a linear schedule
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
    return float(final_sparsity + (initial_sparsity - final_sparsity) * (1 - progress))
