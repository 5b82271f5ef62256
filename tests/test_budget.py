"""The per-layer sparsity budget (Lab 0): hand examples, the rule re-derived by brute force, and bad input."""

from __future__ import annotations

import copy
import itertools
import random

import numpy as np
import pytest

from utils.pruning.budget import kept_weights, sparsity_plan

GRID = [0.5, 0.75, 0.9]
SCAN = {"a": [0.9, 0.8, 0.5], "b": [0.9, 0.9, 0.85], "c": [0.7, 0.3, 0.1]}
SIZES = {"a": 8, "b": 16, "c": 4}


@pytest.mark.parametrize(
    ("budget", "expected"),
    [
        (3, {"a": 0.9, "b": 0.9, "c": 0.9}),  # the lowest floor: every layer at the grid's top
        (5, {"a": 0.9, "b": 0.9, "c": 0.5}),
        (7, {"a": 0.75, "b": 0.9, "c": 0.5}),  # keeps 6: the next floor up would keep 8
        (8, {"a": 0.75, "b": 0.9, "c": 0.0}),  # c scores below the floor 0.8 everywhere: it stays dense
        (100, {"a": 0.5, "b": 0.75, "c": 0.0}),  # the highest floor, 0.9, already fits
    ],
)
def test_hand_examples(budget: int, expected: dict[str, float]) -> None:
    plan = sparsity_plan(SCAN, GRID, SIZES, budget)
    assert plan == expected and list(plan) == list(SCAN)
    assert all(type(value) is float for value in plan.values())


def test_highest_sparsity_wins_even_after_a_dip() -> None:
    # Layer x scores 0.6 at 50% but 0.95 at 75%: the rule takes the highest sparsity at or above the floor.
    plan = sparsity_plan({"x": [0.6, 0.95, 0.2]}, GRID, {"x": 4}, 4)
    assert plan == {"x": 0.75}


def test_kept_weights_rounds_like_magnitude_mask() -> None:
    # round(0.5 * 5) = 2 (ties to even), so 3 of 5 weights stay; round(0.75 * 6) = round(4.5) = 4, so 2 stay.
    assert kept_weights({"a": 0.5, "b": 0.75}, {"a": 5, "b": 6}) == 5


def brute_force(scan: dict[str, list[float]], grid: list[float], sizes: dict[str, int], budget: int) -> dict:
    """Try every score as a floor, independently of the reference's loop order, and keep the best that fits."""
    best_floor, best_plan = None, None
    for floor in {s for scores in scan.values() for s in scores}:
        plan = {}
        for name, scores in scan.items():
            ok = np.flatnonzero(np.asarray(scores) >= floor)
            plan[name] = float(grid[ok[-1]]) if ok.size else 0.0
        kept = sum(n - int(np.round(plan[name] * n)) for name, n in sizes.items())
        if kept <= budget and (best_floor is None or floor > best_floor):
            best_floor, best_plan = floor, plan
    return best_plan


@pytest.mark.parametrize("seed", range(40))
def test_agrees_with_brute_force_and_meets_the_budget(seed: int) -> None:
    rng = random.Random(seed)
    grid = sorted(rng.sample([i / 8 for i in range(9)], rng.randint(1, 5)))
    layers = [f"layer{i}" for i in range(rng.randint(1, 4))]
    scan = {name: [rng.randint(0, 6) / 8 for _ in grid] for name in layers}  # dyadic scores: many exact ties
    sizes = {name: rng.randint(1, 40) for name in layers}
    fewest = kept_weights({name: grid[-1] for name in layers}, sizes)
    for budget in range(fewest, sum(sizes.values()) + 1):
        original = copy.deepcopy((scan, sizes))
        plan = sparsity_plan(scan, grid, sizes, budget)
        assert (scan, sizes) == original
        assert plan == brute_force(scan, grid, sizes, budget)
        assert kept_weights(plan, sizes) <= budget
    if fewest > 0:
        with pytest.raises(ValueError, match="unreachable"):
            sparsity_plan(scan, grid, sizes, fewest - 1)


def test_more_budget_never_prunes_more() -> None:
    rng = random.Random(1)
    scan = {name: sorted((rng.random() for _ in GRID), reverse=True) for name in "pqrs"}
    sizes = {name: rng.randint(10, 100) for name in scan}
    plans = [sparsity_plan(scan, GRID, sizes, b) for b in range(kept_weights(dict.fromkeys(scan, 0.9), sizes), 300)]
    for looser, tighter in itertools.pairwise(reversed(plans)):
        assert all(looser[name] <= tighter[name] for name in scan)


def test_numpy_scalars_and_empty_scan() -> None:
    scan = {"a": [np.float32(0.5), np.float64(0.25)]}
    assert sparsity_plan(scan, (np.float32(0.5), 1), {"a": np.int64(4)}, np.int64(0)) == {"a": 1.0}
    assert sparsity_plan({}, GRID, {}, 0) == {}


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        (([0.9],), TypeError),  # scan not a dict
        (({"a": 0.9},), TypeError),  # a scan entry not a list
        (({"a": [True, 0.5, 0.4]},), TypeError),
        ((SCAN, "0.5"), TypeError),
        ((SCAN, [0.5, 0.75, True]), TypeError),
        ((SCAN, [0.5, 0.75, 1.5]), ValueError),
        ((SCAN, [0.5, 0.9, 0.75]), ValueError),
        ((SCAN, [0.5, 0.5, 0.9]), ValueError),
        ((SCAN, []), ValueError),
        ((SCAN, [0.5, 0.75]), ValueError),
        ((SCAN, GRID, [8, 16, 4]), TypeError),
        ((SCAN, GRID, {"a": 8, "b": 16}), ValueError),
        ((SCAN, GRID, {"a": 8, "b": 16, "c": 0}), ValueError),
        ((SCAN, GRID, {"a": 8, "b": 16, "c": 4.0}), TypeError),
        ((SCAN, GRID, SIZES, 2.0), TypeError),
        ((SCAN, GRID, SIZES, -1), ValueError),
        ((SCAN, GRID, SIZES, 2), ValueError),
        (({}, []), ValueError),  # an empty scan still has its other arguments checked
        (({}, GRID, {"a": 8}), ValueError),
        (({}, GRID, {}, 2.0), TypeError),
    ],
)
def test_bad_arguments(arguments: tuple, error: type[Exception]) -> None:
    full = (*arguments, *(SCAN, GRID, SIZES, 10)[len(arguments) :])
    with pytest.raises(error):
        sparsity_plan(*full)


def test_first_bad_argument_decides() -> None:
    with pytest.raises(TypeError):  # sizes has the wrong type, budget the wrong value: sizes is checked first
        sparsity_plan(SCAN, GRID, [8, 16, 4], -1)
    with pytest.raises(ValueError):  # the grid is out of range, budget has the wrong type
        sparsity_plan(SCAN, [0.5, 0.75, 2.0], SIZES, "10")
