# alternative: einsum for the products, floor division for the shift
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
    """An integer-only linear layer: integer inputs and weights in, requantized integers out, no float anywhere.

    1. ``acc = (q_x - x_zero_point) @ q_w.T``, accumulated in integers (int64 here; hardware uses int32, and our
       inputs never overflow it); then ``acc = acc + q_bias`` (broadcast over rows) when ``q_bias`` is given.
    2. Requantize with the fixed-point multiplier: ``r = (acc * multiplier + 2**(shift - 1)) >> shift``, an
       arithmetic right shift (it rounds halves up, toward +infinity: 2.5 -> 3, -2.5 -> -2).
    3. ``q_y = clamp(r + y_zero_point, qmin, qmax)`` in the ``bits``-bit range (unsigned: ``0 .. 2**bits - 1``;
       signed: ``-2**(bits-1) .. 2**(bits-1) - 1``).

    Args:
        q_x: integer tensor ``(N, in)``. Not modified.
        x_zero_point: the input's zero-point, an int.
        q_w: integer tensor ``(out, in)``, symmetric (zero-point 0). Not modified.
        q_bias: integer tensor ``(out,)`` in units of ``s_x * s_w``, or None.
        multiplier: an int, or an integer tensor ``(out,)`` (one per output channel), in ``[2**30, 2**31)``.
        shift: an int >= 1, or an integer tensor ``(out,)`` of them.
        y_zero_point: the output's zero-point, an int.
        bits, signed: the output's integer format.

    Returns:
        An int32 tensor ``(N, out)``.

    Raises:
        TypeError: if ``q_x``, ``q_w`` or ``q_bias`` is not an integer tensor.
        ValueError: if ``q_x`` or ``q_w`` is not 2-D or their ``in`` sizes differ.
    """
    # argument checks of the course convention (added when the convention was adopted)
    from utils.validation import validate_int as _validate_int
    from utils.validation import validate_type as _validate_type

    def _integer_tensor(name, value):
        _validate_type(name, value, torch.Tensor)
        if value.is_floating_point() or value.is_complex() or value.dtype == torch.bool:
            raise TypeError(f"{name} must be an integer tensor")

    _integer_tensor("q_x", q_x)
    if q_x.dim() != 2:
        raise ValueError("q_x must be 2-D")
    x_zero_point = _validate_int("x_zero_point", x_zero_point)
    _integer_tensor("q_w", q_w)
    if q_w.dim() != 2 or q_w.shape[1] != q_x.shape[1]:
        raise ValueError("q_w must be 2-D and match q_x")
    if q_bias is not None:
        _integer_tensor("q_bias", q_bias)
    if isinstance(multiplier, torch.Tensor):
        _integer_tensor("multiplier", multiplier)
    else:
        multiplier = _validate_int("multiplier", multiplier)
    if isinstance(shift, torch.Tensor):
        _integer_tensor("shift", shift)
    else:
        shift = _validate_int("shift", shift)
    y_zero_point = _validate_int("y_zero_point", y_zero_point)
    bits = _validate_int("bits", bits, 2, 8)
    _validate_type("signed", signed, bool)
    for t in (q_x, q_w) + (() if q_bias is None else (q_bias,)):
        if torch.is_floating_point(t) or t.dtype == torch.bool:
            raise TypeError("integer tensors only")
    if q_x.dim() != 2 or q_w.dim() != 2 or q_x.shape[-1] != q_w.shape[-1]:
        raise ValueError("shapes do not match")
    acc = torch.einsum("nk,ok->no", q_x.long() - x_zero_point, q_w.long())
    if q_bias is not None:
        acc += q_bias.long()
    m = torch.as_tensor(multiplier).long()
    n = torch.as_tensor(shift).long()
    r = torch.div(acc * m + 2 ** (n - 1), 2**n, rounding_mode="floor")
    lo, hi = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)
    return (r + y_zero_point).clamp(lo, hi).to(torch.int32)
