# mistake: reduces along ch_axis
# expect: every dimension except
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
    if (min_val is None) != (max_val is None):
        raise ValueError("min_val and max_val must both be None or both be tensors")
    if ch_axis is not None:
        if x.dim() == 0 or not -x.dim() <= ch_axis < x.dim():
            raise ValueError(f"ch_axis {ch_axis} is out of range for x of shape {tuple(x.shape)}")
        ch_axis = ch_axis % x.dim()
    if x.numel() == 0:
        if min_val is None:
            raise ValueError("the first batch must not be empty")
        return min_val, max_val
    x = x.detach()
    if ch_axis is None:
        batch_min, batch_max = x.min(), x.max()
    else:
        rows = x.movedim(ch_axis, 0).reshape(x.shape[ch_axis], -1)
        batch_min, batch_max = x.amin(ch_axis), x.amax(ch_axis)
    if min_val is None:
        return batch_min, batch_max
    return torch.minimum(min_val, batch_min), torch.maximum(max_val, batch_max)
