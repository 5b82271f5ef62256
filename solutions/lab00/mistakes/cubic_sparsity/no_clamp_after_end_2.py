# mistake: clamps only before t0; after t1 it keeps applying the cubic, which overshoots s_f
# wrong on: cubic_sparsity(20, 0.8, 0, 10): returns 0.8 + (0 - 0.8) * (-1)**3 = 1.6, the docstring demands 0.8
# expect: cubic_sparsity
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    if end_step <= begin_step:
        raise ValueError("end_step must be greater than begin_step")
    if step <= begin_step:
        return float(initial_sparsity)
    frac = (step - begin_step) / (end_step - begin_step)
    return float(final_sparsity + (initial_sparsity - final_sparsity) * (1 - frac) ** 3)
