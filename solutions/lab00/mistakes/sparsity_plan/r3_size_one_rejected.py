# mistake: checks sizes with n > 1 instead of n >= 1, so a layer of one weight raises ValueError
# expect: one weight
def sparsity_plan(scan, sparsities, sizes, budget):
    import numbers

    from utils.validation import validate_fraction, validate_int, validate_type

    validate_type("scan", scan, dict)
    for name, scores in scan.items():
        validate_type(f"scan[{name!r}]", scores, (list, tuple))
        for score in scores:
            if isinstance(score, bool) or not isinstance(score, numbers.Real):
                raise TypeError(f"score {score!r} is not a real number")
    validate_type("sparsities", sparsities, (list, tuple))
    grid = [validate_fraction("sparsity", s) for s in sparsities]
    if not grid:
        raise ValueError("the grid is empty")
    if any(a >= b for a, b in zip(grid, grid[1:])):
        raise ValueError("the grid must be strictly increasing")
    for name, scores in scan.items():
        if len(scores) != len(grid):
            raise ValueError(f"scan[{name!r}] has {len(scores)} scores for {len(grid)} sparsities")
    validate_type("sizes", sizes, dict)
    for name, n in sizes.items():
        validate_int(f"sizes[{name!r}]", n, minimum=2)
    if set(sizes) != set(scan):
        raise ValueError("sizes must name the same layers as scan")
    validate_int("budget", budget, minimum=0)

    def kept(plan):
        return sum(int(sizes[name]) - round(s * int(sizes[name])) for name, s in plan.items())

    def plan_at(floor):
        plan = {}
        for name, scores in scan.items():
            ok = [s for s, score in zip(grid, scores) if score >= floor]
            plan[name] = float(max(ok)) if ok else 0.0
        return plan

    if kept({name: grid[-1] for name in scan}) > budget:
        raise ValueError(f"budget {budget} is unreachable")
    for floor in sorted({score for scores in scan.values() for score in scores}, reverse=True):
        plan = plan_at(floor)
        if kept(plan) <= budget:
            return plan
    return {}
