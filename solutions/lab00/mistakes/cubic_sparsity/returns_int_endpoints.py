# mistake: returns initial_sparsity / final_sparsity unchanged at the ends, so an int argument comes back as an int, not a Python float
# wrong on: cubic_sparsity(20, 1, 0, 10): returns 1 (int), the docstring demands the Python float 1.0
# expect: cubic_sparsity
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    if end_step <= begin_step:
        raise ValueError("end_step must be greater than begin_step")
    if step <= begin_step:
        return initial_sparsity
    if step >= end_step:
        return final_sparsity
    frac = (step - begin_step) / (end_step - begin_step)
    return final_sparsity + (initial_sparsity - final_sparsity) * (1 - frac) ** 3
