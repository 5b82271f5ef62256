# mistake: never checks that end_step > begin_step
# wrong on: cubic_sparsity(3, 0.5, 5, 5): returns 0.0 instead of raising ValueError
# expect: end_step <= begin_step must raise ValueError
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    if step <= begin_step:
        return float(initial_sparsity)
    if step >= end_step:
        return float(final_sparsity)
    progress = (step - begin_step) / (end_step - begin_step)
    return float(final_sparsity + (initial_sparsity - final_sparsity) * (1 - progress) ** 3)
