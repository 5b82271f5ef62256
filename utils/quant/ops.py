"""QuantOps: the functions a quantized model computes with, handed to the QAT layers, observers and integer model.

In Lab 7 they are the student's own graded functions, so that every experiment runs on the student's code; the
tests build one from the reference implementations. Keeping this small record in its own module lets
``fake_quant``, ``qat`` and ``integer`` share it without importing each other.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["QuantOps"]


@dataclass(frozen=True)
class QuantOps:
    """The graded functions of Lab 7 that a quantized model is built from (signatures as in the lab).

    ``integer_linear`` is needed only by :class:`utils.quant.integer.IntegerModel`.
    """

    scale_zero_point: Callable
    quantize: Callable
    fake_quantize: Callable
    observe_min_max: Callable
    integer_linear: Callable | None = None
