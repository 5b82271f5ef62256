# mistake: isinstance(x_zero_point, int) rejects a numpy integer zero-point, which the Conventions accept
# expect: TypeError
def integer_linear(
    q_x: torch.Tensor,
    x_zero_point: int,
    q_w: torch.Tensor,
    q_bias: torch.Tensor | None,
    multiplier: torch.Tensor | int,
    shift: torch.Tensor | int,
    y_zero_point: int,
    bits: int = 8,
    signed: bool = False,
) -> torch.Tensor:
    def is_int_tensor(t):
        return isinstance(t, torch.Tensor) and not t.dtype.is_floating_point and t.dtype != torch.bool

    if not is_int_tensor(q_x):
        raise TypeError("q_x must be an integer tensor")
    if q_x.dim() != 2:
        raise ValueError("q_x must be 2-D")
    if isinstance(x_zero_point, bool) or not isinstance(x_zero_point, int):
        raise TypeError("x_zero_point must be an int")
    if not is_int_tensor(q_w):
        raise TypeError("q_w must be an integer tensor")
    if q_w.dim() != 2 or q_w.shape[1] != q_x.shape[1]:
        raise ValueError("q_w must be 2-D (out, in) with q_x's in")
    if q_bias is not None and not is_int_tensor(q_bias):
        raise TypeError("q_bias must be an integer tensor or None")
    for name, value in (("multiplier", multiplier), ("shift", shift)):
        if isinstance(value, bool) or not (isinstance(value, int) or is_int_tensor(value)):
            raise TypeError(f"{name} must be an int or an integer tensor")
    if isinstance(y_zero_point, bool) or not isinstance(y_zero_point, int):
        raise TypeError("y_zero_point must be an int")
    if isinstance(bits, bool) or not isinstance(bits, int):
        raise TypeError("bits must be an int")
    if not 2 <= bits <= 8:
        raise ValueError("bits must be in 2..8")
    if not isinstance(signed, bool):
        raise TypeError("signed must be a bool")
    acc = (q_x.long() - x_zero_point) @ q_w.long().T
    if q_bias is not None:
        acc = acc + q_bias.long()
    m = multiplier.long() if isinstance(multiplier, torch.Tensor) else multiplier
    n = shift.long() if isinstance(shift, torch.Tensor) else shift
    r = (acc * m + (1 << (n - 1))) >> n
    qmin, qmax = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)
    return (r + y_zero_point).clamp(qmin, qmax).to(torch.int32)
