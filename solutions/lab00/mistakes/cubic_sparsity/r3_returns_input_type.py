# mistake: returns initial_sparsity or final_sparsity as given before t0 and after t1, so the int 0 or a numpy scalar comes back instead of a Python float
# expect: float
def cubic_sparsity(step, final_sparsity, begin_step, end_step, initial_sparsity=0.0):
    from utils.validation import validate_fraction, validate_int

    step = validate_int("step", step)
    s_f = validate_fraction("final_sparsity", final_sparsity)
    t0 = validate_int("begin_step", begin_step)
    t1 = validate_int("end_step", end_step)
    if t1 <= t0:
        raise ValueError(f"end_step must be greater than begin_step, got {t1} <= {t0}")
    s_i = validate_fraction("initial_sparsity", initial_sparsity)
    if step <= t0:
        return initial_sparsity
    if step >= t1:
        return final_sparsity
    return float(s_f + (s_i - s_f) * (1 - (step - t0) / (t1 - t0)) ** 3)
