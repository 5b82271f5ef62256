# alternative: hand-written numbers checks, remaining fraction computed as (t1 - step) / (t1 - t0) and cubed by multiplication
def cubic_sparsity(step, final_sparsity, begin_step, end_step, initial_sparsity=0.0):
    import numbers

    def as_int(name, value):
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            raise TypeError(f"{name} must be an int")
        return int(value)

    def as_fraction(name, value):
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            raise TypeError(f"{name} must be a real number")
        if not 0 <= value <= 1:
            raise ValueError(f"{name} must lie in [0, 1]")
        return float(value)

    t = as_int("step", step)
    s_f = as_fraction("final_sparsity", final_sparsity)
    t0 = as_int("begin_step", begin_step)
    t1 = as_int("end_step", end_step)
    if t1 <= t0:
        raise ValueError("end_step must be greater than begin_step")
    s_i = as_fraction("initial_sparsity", initial_sparsity)
    if t <= t0:
        return s_i
    if t >= t1:
        return s_f
    remaining = (t1 - t) / (t1 - t0)
    return s_f + (s_i - s_f) * (remaining * remaining * remaining)
