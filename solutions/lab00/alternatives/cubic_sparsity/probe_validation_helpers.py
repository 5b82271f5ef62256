# alternative: utils.validation helpers and a clamp of the progress to [0, 1]
def cubic_sparsity(step, final_sparsity, begin_step, end_step, initial_sparsity=0.0):
    from utils.validation import validate_fraction, validate_int

    step = validate_int("step", step)
    s_f = validate_fraction("final_sparsity", final_sparsity)
    t0 = validate_int("begin_step", begin_step)
    t1 = validate_int("end_step", end_step)
    if not t1 > t0:
        raise ValueError("end_step must exceed begin_step")
    s_i = validate_fraction("initial_sparsity", initial_sparsity)
    progress = min(max((step - t0) / (t1 - t0), 0.0), 1.0)
    if progress == 0.0:
        return s_i
    if progress == 1.0:
        return s_f
    return float(s_f + (s_i - s_f) * (1.0 - progress) ** 3)
