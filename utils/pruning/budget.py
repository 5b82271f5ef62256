"""Per-layer sparsity budgets: from a sensitivity scan and the layers' sizes to a plan that meets a size target.

The rule is the one the MIT EfficientML pruning lab asks students to apply by eye: lower one accuracy floor for
all layers together, give every layer the highest scanned sparsity that keeps its score at or above the floor, and
stop at the highest floor whose plan fits the budget. Sensitive layers then keep more weights than robust ones.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping, Sequence
from itertools import pairwise

from utils.reference import graded_reference
from utils.validation import validate_fraction, validate_int, validate_type


def kept_weights(plan: Mapping[str, float], sizes: Mapping[str, int]) -> int:
    """How many weights a plan keeps: ``sum(size - round(sparsity * size))``, the count ``magnitude_mask`` keeps.

    Args:
        plan: ``{layer: sparsity}``; every layer in it must be in ``sizes``.
        sizes: ``{layer: number of weights}``.

    Returns:
        The number of kept weights, a Python ``int`` (Python ``round``: ties to even).
    """
    return sum(sizes[name] - round(float(sparsity) * sizes[name]) for name, sparsity in plan.items())


def _plan_at_floor(scan: Mapping[str, Sequence[float]], sparsities: Sequence[float], floor: float) -> dict[str, float]:
    """Each layer's highest grid sparsity whose score is at least ``floor`` (0.0 when none is)."""
    plan = {}
    for name, scores in scan.items():
        allowed = [sparsity for sparsity, score in zip(sparsities, scores, strict=True) if score >= floor]
        plan[name] = max(allowed, default=0.0)
    return plan


def _check_arguments(
    scan: object, sparsities: object, sizes: object, budget: object
) -> tuple[dict[str, list[float]], list[float], dict[str, int], int]:
    """Validate in signature order (see the course's conventions) and return plain copies."""
    validate_type("scan", scan, dict)
    scan_copy = {}
    for name, scores in scan.items():
        validate_type(f"scan[{name!r}]", scores, (list, tuple))
        scan_copy[name] = [_check_real(f"scan[{name!r}][{i}]", score) for i, score in enumerate(scores)]
    validate_type("sparsities", sparsities, (list, tuple))
    grid = [validate_fraction(f"sparsities[{i}]", sparsity) for i, sparsity in enumerate(sparsities)]
    if not grid or any(low >= high for low, high in pairwise(grid)):
        raise ValueError(f"sparsities must be a non-empty, strictly increasing list, got {list(sparsities)}")
    for name, scores in scan_copy.items():
        if len(scores) != len(grid):
            raise ValueError(f"scan[{name!r}] has {len(scores)} scores for {len(grid)} sparsities")
    validate_type("sizes", sizes, dict)
    if set(sizes) != set(scan_copy):
        raise ValueError(f"sizes must name the layers of scan, {list(scan_copy)}, got {list(sizes)}")
    size_copy = {name: validate_int(f"sizes[{name!r}]", sizes[name], minimum=1) for name in scan_copy}
    return scan_copy, grid, size_copy, validate_int("budget", budget, minimum=0)


def _check_real(name: str, value: object) -> float:
    """A score: any real number (int, float or numpy scalar; never a bool), returned as a float."""
    validate_type(name, value, numbers.Real)
    return float(value)


@graded_reference("lab00", "sparsity_plan")
def sparsity_plan(
    scan: dict[str, list[float]], sparsities: list[float], sizes: dict[str, int], budget: int
) -> dict[str, float]:
    """Per-layer sparsities from a sensitivity scan that keep at most ``budget`` weights.

    Rule: a *floor* is one of the scores in ``scan``. At a floor, every layer gets the highest sparsity of the
    grid whose score is ``>= floor`` (even if a lower sparsity scored below it), or ``0.0`` when none does. The
    plan is the one at the highest floor whose plan keeps at most ``budget`` weights, where a layer of ``n``
    weights at sparsity ``s`` keeps ``n - round(s * n)`` (Python ``round``, ties to even: ``magnitude_mask``'s
    count). Only weights count; biases are not in ``sizes``.

    Args:
        scan: ``{layer: [score at each sparsity]}``, as ``sensitivity_scan`` returns it; scores are real numbers
            (higher is better; ints and numpy scalars count, bools do not).
        sparsities: the scan's grid, a non-empty, strictly increasing list or tuple of fractions in ``[0, 1]``.
        sizes: ``{layer: number of weights >= 1}`` with the same layers as ``scan`` (any order).
        budget: the largest number of weights the plan may keep, an int ``>= 0``.

    Returns:
        ``{layer: sparsity}`` in ``scan``'s order, each a Python ``float`` taken from ``sparsities`` (or ``0.0``);
        an empty ``scan`` gives ``{}`` (its other arguments are still checked).
        ``scan``, its lists and ``sizes`` are not modified.

    Raises:
        TypeError: if ``scan`` or ``sizes`` is not a dict, ``sparsities`` or a scan entry is not a list or tuple, a
            score, sparsity, size or ``budget`` has the wrong type (a bool is never a number).
        ValueError: if a sparsity is outside ``[0, 1]`` or the grid is empty or not strictly increasing, a scan
            entry's length differs from the grid's, ``sizes`` names other layers than ``scan``, a size is below 1
            or ``budget`` below 0; last, if even every layer at the grid's highest sparsity keeps more than
            ``budget`` weights. Arguments are checked in signature order.
    """
    scan_copy, grid, size_copy, budget = _check_arguments(scan, sparsities, sizes, budget)
    if not scan_copy:
        return {}
    floors = sorted({score for scores in scan_copy.values() for score in scores}, reverse=True)
    for floor in floors:  # plans only grow sparser as the floor falls, so the first fit is the highest floor's
        plan = _plan_at_floor(scan_copy, grid, floor)
        if kept_weights(plan, size_copy) <= budget:
            return plan
    fewest = kept_weights({name: grid[-1] for name in scan_copy}, size_copy)
    raise ValueError(f"budget={budget} is unreachable: every layer at sparsity {grid[-1]} still keeps {fewest} weights")
