# mistake: uses s_f * (1 - (1 - frac)**3), which assumes s_i = 0 on the ramp
# wrong on: cubic_sparsity(5, 0.8, 0, 10, 0.5): returns 0.7, the docstring demands 0.8 + (0.5 - 0.8) * 0.5**3 = 0.7625
# expect: cubic_sparsity
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    if end_step <= begin_step:
        raise ValueError("end_step must be greater than begin_step")
    if step <= begin_step:
        return float(initial_sparsity)
    if step >= end_step:
        return float(final_sparsity)
    frac = (step - begin_step) / (end_step - begin_step)
    return float(final_sparsity * (1 - (1 - frac) ** 3))
