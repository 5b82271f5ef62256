# mistake: clamps r, then adds the output zero-point
# expect: expected
def integer_linear(q_x, x_zero_point, q_w, q_bias, multiplier, shift, y_zero_point, bits=8, signed=False):
    import numbers

    def is_int_tensor(t):
        return (
            isinstance(t, torch.Tensor) and not t.is_floating_point() and not t.is_complex() and t.dtype != torch.bool
        )

    def check_int_arg(name, v):
        if isinstance(v, bool) or not isinstance(v, numbers.Integral):
            raise TypeError(f"{name} must be an int")

    if not is_int_tensor(q_x):
        raise TypeError("q_x must be an integer tensor")
    if q_x.dim() != 2:
        raise ValueError("q_x must be 2-D")
    check_int_arg("x_zero_point", x_zero_point)
    if not is_int_tensor(q_w):
        raise TypeError("q_w must be an integer tensor")
    if q_w.dim() != 2:
        raise ValueError("q_w must be 2-D")
    if q_w.shape[1] != q_x.shape[1]:
        raise ValueError("in sizes differ")
    if q_bias is not None and not is_int_tensor(q_bias):
        raise TypeError("q_bias must be an integer tensor or None")
    if not isinstance(multiplier, torch.Tensor):
        check_int_arg("multiplier", multiplier)
    if not isinstance(shift, torch.Tensor):
        check_int_arg("shift", shift)
    check_int_arg("y_zero_point", y_zero_point)
    check_int_arg("bits", bits)
    if not 2 <= bits <= 8:
        raise ValueError("bits outside 2..8")
    if not isinstance(signed, bool):
        raise TypeError("signed must be a bool")
    bits = int(bits)
    qmin, qmax = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)
    acc = (q_x.to(torch.int64) - int(x_zero_point)) @ q_w.to(torch.int64).T
    if q_bias is not None:
        acc = acc + q_bias.to(torch.int64)
    m = multiplier.to(torch.int64) if isinstance(multiplier, torch.Tensor) else int(multiplier)
    n = shift.to(torch.int64) if isinstance(shift, torch.Tensor) else int(shift)
    half = torch.ones_like(acc) << (n - 1)
    r = (acc * m + half) >> n
    return (torch.clamp(r, qmin, qmax) + int(y_zero_point)).to(torch.int32)
