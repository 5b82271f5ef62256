# mistake: checks end_step <= begin_step only on the ramp, after the early returns for step <= t0 and step >= t1
# wrong on: cubic_sparsity(0, 0.8, 10, 5): returns 0.0, the docstring demands ValueError (end_step <= begin_step)
# expect: cubic_sparsity
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    if step <= begin_step:
        return float(initial_sparsity)
    if step >= end_step:
        return float(final_sparsity)
    if end_step <= begin_step:
        raise ValueError("end_step must be greater than begin_step")
    frac = (step - begin_step) / (end_step - begin_step)
    return float(final_sparsity + (initial_sparsity - final_sparsity) * (1 - frac) ** 3)
