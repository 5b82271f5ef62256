"""Observers: they watch tensors during calibration and say which range ``[min, max]`` to quantize.

minmax           the running min and max (``observe_min_max``, graded in Lab 7); torch.ao's MinMaxObserver and
                 PerChannelMinMaxObserver
moving_average   an exponential moving average of each batch's min and max (torch.ao's
                 MovingAverageMinMaxObserver, averaging constant 0.01)
percentile       the ``p``-th and ``(100 - p)``-th percentiles of every value seen: outliers are clipped
mse              the clipping range ``alpha * [min, max]`` whose quantization error (mean squared) is smallest,
                 searched over a grid of ``alpha``

Every observer is an ``nn.Module`` that returns its input unchanged, records it while ``enabled``, and reports
``range()``; ``calculate_qparams`` turns that range into a scale and zero-point with ``scale_zero_point``. The
min-max observer and ``calculate_qparams`` call the graded functions by default, so they do not work in the
student edition unless they are handed the student's own functions (``update=`` and ``qparams=``); the MSE observer
needs a ``fake_quantize(x, lo, hi)`` for the same reason.

torch.ao.quantization's observers still import in torch 2.15 and the tests compare with them; when they are gone,
their successor is ``torchao`` (``torchao.quantization``), whose ``choose_qparams_affine`` gives the same parameters.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
from torch import nn

from utils.quant.uniform import scale_zero_point
from utils.reference import graded_reference
from utils.validation import validate_int, validate_type

Range = tuple[torch.Tensor, torch.Tensor]
KINDS: tuple[str, ...] = ("minmax", "moving_average", "percentile", "mse")


def _batch_min_max(x: torch.Tensor, ch_axis: int | None) -> Range:
    """``x``'s min and max: 0-D over everything, or 1-D over every dimension but ``ch_axis``."""
    if ch_axis is None:
        return x.min(), x.max()
    rows = x.movedim(ch_axis, 0).reshape(x.shape[ch_axis], -1)
    return rows.amin(1), rows.amax(1)


@graded_reference("lab07", "observe_min_max")
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

    Raises (arguments validated in signature order, see Conventions; the empty-batch error comes last):
        TypeError: if ``x`` is not a tensor, ``min_val``/``max_val`` is neither a tensor nor None, or ``ch_axis``
            is neither an int nor None.
        ValueError: if only one of ``min_val``/``max_val`` is None, ``ch_axis`` is out of range for ``x``, or ``x``
            is empty and there is no running range yet.
    """
    validate_type("x", x, torch.Tensor)
    validate_type("min_val", min_val, (torch.Tensor, type(None)))
    validate_type("max_val", max_val, (torch.Tensor, type(None)))
    if (min_val is None) != (max_val is None):
        raise ValueError("min_val and max_val must both be None (first batch) or both be tensors")
    if ch_axis is not None:
        ch_axis = validate_int("ch_axis", ch_axis)
        if not -x.dim() <= ch_axis < x.dim():
            raise ValueError(f"ch_axis {ch_axis} is out of range for x of shape {tuple(x.shape)}")
        ch_axis %= x.dim()
    if x.numel() == 0:
        if min_val is None:
            raise ValueError("the first batch must not be empty")
        return min_val, max_val
    batch_min, batch_max = _batch_min_max(x.detach(), ch_axis)
    if min_val is None:
        return batch_min, batch_max
    return torch.minimum(min_val, batch_min), torch.maximum(max_val, batch_max)


QParams = Callable[[torch.Tensor, torch.Tensor, int, bool, bool], Range]


class RangeObserver(nn.Module):
    """Base observer: records the tensors it sees while ``enabled`` and reports a range to quantize.

    Args:
        ch_axis: None for one range per tensor, or the channel dimension for one range per channel.
        qparams: ``scale_zero_point``-like function for :meth:`calculate_qparams` (default: the reference).
    """

    def __init__(self, ch_axis: int | None = None, qparams: QParams | None = None) -> None:
        super().__init__()
        self.ch_axis = ch_axis
        self.enabled = True
        self.qparams = qparams
        self.min_val: torch.Tensor | None = None
        self.max_val: torch.Tensor | None = None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.enabled and x.numel():
            self.observe(x.detach())
        return x

    def observe(self, x: torch.Tensor) -> None:
        raise NotImplementedError

    def range(self) -> Range:
        """The range to quantize: ``(min_val, max_val)``."""
        if self.min_val is None:
            raise RuntimeError(f"{type(self).__name__} has seen no data yet: calibrate first")
        return self.min_val, self.max_val

    def calculate_qparams(self, bits: int = 8, symmetric: bool = False, signed: bool = False) -> Range:
        """``(scale, zero_point)`` of :meth:`range` (default: 8-bit affine unsigned, torch's quint8)."""
        qparams = self.qparams or scale_zero_point
        return qparams(*self.range(), bits, symmetric, signed)


class MinMaxObserver(RangeObserver):
    """The running min and max; ``update`` is ``observe_min_max`` or a function with its signature."""

    def __init__(
        self, ch_axis: int | None = None, qparams: QParams | None = None, update: Callable[..., Range] | None = None
    ) -> None:
        super().__init__(ch_axis, qparams)
        self.update = update

    def observe(self, x: torch.Tensor) -> None:
        update = self.update or observe_min_max
        self.min_val, self.max_val = update(x, self.min_val, self.max_val, self.ch_axis)


class MovingAverageMinMaxObserver(RangeObserver):
    """``range <- range + c * (batch range - range)`` after the first batch, with ``c = averaging_constant``."""

    def __init__(self, ch_axis: int | None = None, qparams: QParams | None = None, averaging_constant: float = 0.01):
        super().__init__(ch_axis, qparams)
        self.averaging_constant = float(averaging_constant)

    def observe(self, x: torch.Tensor) -> None:
        batch_min, batch_max = _batch_min_max(x, self.ch_axis)
        if self.min_val is None:
            self.min_val, self.max_val = batch_min, batch_max
            return
        c = self.averaging_constant
        self.min_val = self.min_val + c * (batch_min - self.min_val)
        self.max_val = self.max_val + c * (batch_max - self.max_val)


class _SampleObserver(RangeObserver):
    """Keeps every value it sees (calibration sets here are small), flattened per channel or as a whole."""

    def __init__(self, ch_axis: int | None = None, qparams: QParams | None = None) -> None:
        super().__init__(ch_axis, qparams)
        self.samples: list[torch.Tensor] = []

    def observe(self, x: torch.Tensor) -> None:
        if self.ch_axis is None:
            self.samples.append(x.reshape(1, -1).float())
        else:
            self.samples.append(x.movedim(self.ch_axis, 0).reshape(x.shape[self.ch_axis], -1).float())
        self.min_val = None  # recomputed lazily from the samples

    def values(self) -> torch.Tensor:
        if not self.samples:
            raise RuntimeError(f"{type(self).__name__} has seen no data yet: calibrate first")
        return torch.cat(self.samples, dim=1)

    def _squeeze(self, lo: torch.Tensor, hi: torch.Tensor) -> Range:
        return (lo[0], hi[0]) if self.ch_axis is None else (lo, hi)


class PercentileObserver(_SampleObserver):
    """The ``100 - percentile`` and ``percentile`` percentiles of every value seen (linear interpolation)."""

    def __init__(self, ch_axis: int | None = None, qparams: QParams | None = None, percentile: float = 99.99):
        super().__init__(ch_axis, qparams)
        if not 50 < percentile <= 100:
            raise ValueError(f"percentile must be in (50, 100], got {percentile}")
        self.percentile = float(percentile)

    def range(self) -> Range:
        values = self.values().double()
        q = torch.tensor([1 - self.percentile / 100, self.percentile / 100], dtype=torch.float64)
        lo, hi = torch.quantile(values, q, dim=1)  # float64: quantile's interpolation is exact to float32
        return self._squeeze(lo.float(), hi.float())


class MSEObserver(_SampleObserver):
    """The clipping range ``alpha * [min, max]`` that minimises the mean squared quantization error.

    Args:
        fake_quantize: ``(x, lo, hi) -> x quantized to the range [lo, hi] and back`` for the bit width in use.
        grid: number of ``alpha`` values, evenly spaced in ``[1 / grid, 1]``.
    """

    def __init__(
        self,
        fake_quantize: Callable[[torch.Tensor, torch.Tensor, torch.Tensor], torch.Tensor],
        ch_axis: int | None = None,
        qparams: QParams | None = None,
        grid: int = 50,
    ) -> None:
        super().__init__(ch_axis, qparams)
        self.fake_quantize = fake_quantize
        self.grid = validate_int("grid", grid, 1)

    def range(self) -> Range:
        values = self.values()
        lo, hi = values.amin(1), values.amax(1)
        best = torch.full_like(lo, float("inf"))
        best_lo, best_hi = lo.clone(), hi.clone()
        for step in range(1, self.grid + 1):
            alpha = step / self.grid
            # each row is clipped to its own range and its error judged on its own
            errors = torch.stack(
                [
                    (self.fake_quantize(row, alpha * a, alpha * b) - row).pow(2).mean()
                    for row, a, b in zip(values, lo, hi, strict=True)
                ]
            )
            better = errors < best
            best = torch.where(better, errors, best)
            best_lo = torch.where(better, alpha * lo, best_lo)
            best_hi = torch.where(better, alpha * hi, best_hi)
        return self._squeeze(best_lo, best_hi)


def make_observer(kind: str, ch_axis: int | None = None, **options: object) -> RangeObserver:
    """An observer by name: ``"minmax"``, ``"moving_average"``, ``"percentile"`` or ``"mse"`` (options pass on)."""
    classes = {
        "minmax": MinMaxObserver,
        "moving_average": MovingAverageMinMaxObserver,
        "percentile": PercentileObserver,
        "mse": MSEObserver,
    }
    if kind not in classes:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    return classes[kind](ch_axis=ch_axis, **options)
