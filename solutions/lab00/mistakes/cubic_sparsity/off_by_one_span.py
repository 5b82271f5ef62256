# mistake: counts the ramp length as t1 - t0 + 1 steps (inclusive), so the progress fraction is off by one
# wrong on: cubic_sparsity(5, 0.8, 0, 10): uses frac = 5/11 and returns about 0.6702, the docstring demands 0.8 - 0.8 * 0.5**3 = 0.7
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
    frac = (step - begin_step) / (end_step - begin_step + 1)
    return float(final_sparsity + (initial_sparsity - final_sparsity) * (1 - frac) ** 3)
