# mistake: validates the steps as real numbers, so a float step such as 2.0 is accepted
# expect: TypeError
def cubic_sparsity(step, final_sparsity, begin_step, end_step, initial_sparsity=0.0):
    import numbers

    from utils.validation import validate_fraction, validate_int

    if isinstance(step, bool) or not isinstance(step, numbers.Real):
        raise TypeError("step must be a number")
    s_f = validate_fraction("final_sparsity", final_sparsity)
    t0 = validate_int("begin_step", begin_step)
    t1 = validate_int("end_step", end_step)
    if t1 <= t0:
        raise ValueError(f"end_step must be greater than begin_step, got {t1} <= {t0}")
    s_i = validate_fraction("initial_sparsity", initial_sparsity)
    if step <= t0:
        return float(s_i)
    if step >= t1:
        return float(s_f)
    return float(s_f + (s_i - s_f) * (1 - (step - t0) / (t1 - t0)) ** 3)
