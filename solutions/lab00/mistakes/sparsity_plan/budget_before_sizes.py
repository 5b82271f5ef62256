# mistake: validates budget before sizes, so the wrong error wins when both are bad
# expect: signature order
def sparsity_plan(
    scan: dict[str, list[float]], sparsities: list[float], sizes: dict[str, int], budget: int
) -> dict[str, float]:
    import numbers

    from utils.validation import validate_fraction, validate_int, validate_type

    validate_type("scan", scan, dict)
    for name, scores in scan.items():
        validate_type(f"scan[{name!r}]", scores, (list, tuple))
        for score in scores:
            validate_type(f"a score of scan[{name!r}]", score, numbers.Real)
    validate_type("sparsities", sparsities, (list, tuple))
    grid = [validate_fraction("a sparsity", sparsity) for sparsity in sparsities]
    if not grid or any(low >= high for low, high in zip(grid, grid[1:])):
        raise ValueError(f"sparsities must be non-empty and strictly increasing, got {sparsities}")
    if any(len(scores) != len(grid) for scores in scan.values()):
        raise ValueError("every list of scan needs one score per sparsity")
    budget = validate_int("budget", budget, minimum=0)
    validate_type("sizes", sizes, dict)
    if set(sizes) != set(scan):
        raise ValueError(f"sizes must name the layers of scan, {list(scan)}, got {list(sizes)}")
    counts = {name: validate_int(f"sizes[{name!r}]", sizes[name], minimum=1) for name in scan}

    def plan_at(floor):
        return {
            name: max((s for s, score in zip(grid, scores) if score >= floor), default=0.0)
            for name, scores in scan.items()
        }

    def kept(plan):
        return sum(n - round(plan[name] * n) for name, n in counts.items())

    if not scan:
        return {}
    for floor in sorted({float(score) for scores in scan.values() for score in scores}, reverse=True):
        plan = plan_at(floor)
        if kept(plan) <= budget:  # the plans only get sparser as the floor falls: the first fit is the best
            return plan
    raise ValueError(f"budget={budget} is unreachable: even sparsity {grid[-1]} in every layer keeps more")
