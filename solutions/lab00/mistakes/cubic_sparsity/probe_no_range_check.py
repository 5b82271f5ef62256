# mistake: accepts a final_sparsity outside [0, 1]
# expect: ValueError
def cubic_sparsity(step, final_sparsity, begin_step, end_step, initial_sparsity=0.0):
    import numbers

    def as_int(name, v):
        if isinstance(v, bool) or not isinstance(v, numbers.Integral):
            raise TypeError(f"{name} must be an int")
        return int(v)

    def as_fraction(name, v):
        if isinstance(v, bool) or not isinstance(v, numbers.Real):
            raise TypeError(f"{name} must be a real number")
        return float(v)

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
    progress = (t - t0) / (t1 - t0)
    return s_f + (s_i - s_f) * (1 - progress) ** 3
