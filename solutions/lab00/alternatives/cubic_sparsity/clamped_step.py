# alternative: clamps the step into [begin_step, end_step] first, then one formula (exact s_i at the start, exact s_f at the end)
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    from utils.validation import validate_fraction, validate_int

    step = validate_int("step", step)
    final_sparsity = validate_fraction("final_sparsity", final_sparsity)
    begin_step = validate_int("begin_step", begin_step)
    end_step = validate_int("end_step", end_step)
    if end_step <= begin_step:
        raise ValueError("end_step must be greater than begin_step")
    initial_sparsity = validate_fraction("initial_sparsity", initial_sparsity)
    if not end_step > begin_step:
        raise ValueError(f"end_step ({end_step}) must be greater than begin_step ({begin_step})")
    t = min(max(step, begin_step), end_step)
    if t == begin_step:
        return float(initial_sparsity)
    remaining = 1 - (t - begin_step) / (end_step - begin_step)
    return float(final_sparsity + (initial_sparsity - final_sparsity) * remaining**3)
