# alternative: remaining fraction as (t1 - t) / (t1 - t0), cubed by multiplication
def cubic_sparsity(step, final_sparsity, begin_step, end_step, initial_sparsity=0.0):
    import numbers

    for name, v in (("step", step),):
        if isinstance(v, bool) or not isinstance(v, numbers.Integral):
            raise TypeError(name)
    if isinstance(final_sparsity, bool) or not isinstance(final_sparsity, numbers.Real):
        raise TypeError("final_sparsity")
    if not 0 <= final_sparsity <= 1:
        raise ValueError("final_sparsity")
    for name, v in (("begin_step", begin_step), ("end_step", end_step)):
        if isinstance(v, bool) or not isinstance(v, numbers.Integral):
            raise TypeError(name)
    if end_step <= begin_step:
        raise ValueError("end_step <= begin_step")
    if isinstance(initial_sparsity, bool) or not isinstance(initial_sparsity, numbers.Real):
        raise TypeError("initial_sparsity")
    if not 0 <= initial_sparsity <= 1:
        raise ValueError("initial_sparsity")
    s_f, s_i = float(final_sparsity), float(initial_sparsity)
    if step <= begin_step:
        return s_i
    if step >= end_step:
        return s_f
    r = (int(end_step) - int(step)) / (int(end_step) - int(begin_step))
    return s_f + (s_i - s_f) * (r * r * r)
