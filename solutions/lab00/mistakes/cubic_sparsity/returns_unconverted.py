# mistake: returns final_sparsity / initial_sparsity as given at the ends of the schedule, without float(), so int arguments come back as ints
# wrong on: cubic_sparsity(10, 1, 0, 10): returns the int 1 instead of the float 1.0
# expect: should be of type float
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    if end_step <= begin_step:
        raise ValueError(f"end_step ({end_step}) must be greater than begin_step ({begin_step})")
    if step <= begin_step:
        return initial_sparsity
    if step >= end_step:
        return final_sparsity
    progress = (step - begin_step) / (end_step - begin_step)
    return final_sparsity + (initial_sparsity - final_sparsity) * (1 - progress) ** 3
