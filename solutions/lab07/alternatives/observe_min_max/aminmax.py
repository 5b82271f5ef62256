# alternative: torch.aminmax over a transposed view
def observe_min_max(
    x: torch.Tensor,
    min_val: torch.Tensor | None = None,
    max_val: torch.Tensor | None = None,
    ch_axis: int | None = None,
) -> tuple[torch.Tensor, torch.Tensor]:
    """One step of a running min-max observer: the range seen so far, widened by the batch ``x``.

    Per tensor (``ch_axis=None``) the batch's min and max are taken over all of ``x``; per channel, over every
    dimension except ``ch_axis``, one value per index of that axis. The running range then becomes
    ``min(min_val, batch min)`` and ``max(max_val, batch max)``, entry by entry. On the first call
    (``min_val`` and ``max_val`` are None) the batch's own range is returned. An empty ``x`` leaves a running
    range unchanged (it returns ``min_val`` and ``max_val`` as they are, the same objects), as torch.ao's observers do.

    Args:
        x: float tensor (per channel: at least one dimension). Not modified.
        min_val, max_val: the running range (0-D per tensor, 1-D of length ``x.shape[ch_axis]`` per channel),
            or both None before the first batch. Not modified.
        ch_axis: None for one range, or the channel dimension (negative counts from the end).

    Returns:
        ``(min_val, max_val)``: new tensors in ``x``'s dtype (0-D or 1-D), detached from autograd.

    Raises:
        ValueError: if ``x`` is empty and there is no running range yet, or only one of ``min_val``/``max_val`` is
            None, or ``ch_axis`` is out of range for ``x``.
    """
    # argument checks of the course convention (added when the convention was adopted)
    from utils.validation import validate_int as _validate_int
    from utils.validation import validate_type as _validate_type

    _validate_type("x", x, torch.Tensor)
    _validate_type("min_val", min_val, (torch.Tensor, type(None)))
    _validate_type("max_val", max_val, (torch.Tensor, type(None)))
    if (min_val is None) != (max_val is None):
        raise ValueError("min_val and max_val must both be None or both be tensors")
    if ch_axis is not None:
        ch_axis = _validate_int("ch_axis", ch_axis)
    if (min_val is None) ^ (max_val is None):
        raise ValueError("give both min_val and max_val or neither")
    if ch_axis is not None and (x.dim() == 0 or ch_axis >= x.dim() or ch_axis < -x.dim()):
        raise ValueError("ch_axis out of range")
    if x.numel() == 0:
        if min_val is None:
            raise ValueError("empty first batch")
        return min_val, max_val
    with torch.no_grad():
        if ch_axis is None:
            lo, hi = torch.aminmax(x)
        else:
            lo, hi = torch.aminmax(x.transpose(0, ch_axis).reshape(x.shape[ch_axis], -1), dim=1)
    if min_val is not None:
        lo, hi = torch.min(lo, min_val), torch.max(hi, max_val)
    return lo, hi
