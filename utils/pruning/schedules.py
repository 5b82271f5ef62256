"""Sparsity schedules for gradual pruning: the target sparsity at each step of training."""

from __future__ import annotations

from utils.reference import graded_reference
from utils.validation import validate_fraction, validate_int


@graded_reference("lab00", "cubic_sparsity")
def cubic_sparsity(
    step: int, final_sparsity: float, begin_step: int, end_step: int, initial_sparsity: float = 0.0
) -> float:
    """Zhu & Gupta's (2017) gradual schedule: ``s_f + (s_i - s_f) * (1 - (t - t0) / (t1 - t0))**3``.

    Prunes fast at first, while many redundant weights remain, and slowly at the end.

    Args:
        step: current step ``t``, an int.
        final_sparsity: ``s_f`` in ``[0, 1]``, reached at ``end_step`` and kept after it.
        begin_step: ``t0``, an int; at or before it the sparsity is ``initial_sparsity``.
        end_step: ``t1 > t0``, an int.
        initial_sparsity: ``s_i`` in ``[0, 1]``.

    Returns:
        The target sparsity at ``step``, a Python ``float``.

    Raises:
        TypeError: if a step is not an int or a sparsity not a real number (a bool is neither; numpy scalars are).
        ValueError: if a sparsity lies outside ``[0, 1]`` or ``end_step <= begin_step``. Arguments are checked in
            signature order; ``end_step <= begin_step`` is an error of ``end_step``.
    """
    step = validate_int("step", step)
    s_f = validate_fraction("final_sparsity", final_sparsity)
    begin_step = validate_int("begin_step", begin_step)
    end_step = validate_int("end_step", end_step)
    if end_step <= begin_step:
        raise ValueError(f"end_step ({end_step}) must be after begin_step ({begin_step})")
    s_i = validate_fraction("initial_sparsity", initial_sparsity)
    if step <= begin_step:
        return s_i
    if step >= end_step:
        return s_f
    remaining = 1.0 - (step - begin_step) / (end_step - begin_step)
    return s_f + (s_i - s_f) * remaining**3
