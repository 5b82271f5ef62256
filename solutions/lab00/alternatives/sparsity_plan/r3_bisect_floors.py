# alternative: hand-written isinstance validation, binary search over the sorted floors (the kept count falls as the floor falls)
def sparsity_plan(scan, sparsities, sizes, budget):
    import numbers

    def real(x):
        return isinstance(x, numbers.Real) and not isinstance(x, bool)

    def integer(x):
        return isinstance(x, numbers.Integral) and not isinstance(x, bool)

    if not isinstance(scan, dict):
        raise TypeError("scan must be a dict")
    for scores in scan.values():
        if not isinstance(scores, (list, tuple)):
            raise TypeError("each scan value must be a list or tuple")
        if not all(real(x) for x in scores):
            raise TypeError("scores must be real numbers")
    if not isinstance(sparsities, (list, tuple)):
        raise TypeError("sparsities must be a list or tuple")
    if not all(real(s) for s in sparsities):
        raise TypeError("sparsities must be real numbers")
    if not all(0 <= s <= 1 for s in sparsities):
        raise ValueError("sparsities must lie in [0, 1]")
    if len(sparsities) == 0 or any(sparsities[i] >= sparsities[i + 1] for i in range(len(sparsities) - 1)):
        raise ValueError("the grid must be non-empty and strictly increasing")
    if any(len(scores) != len(sparsities) for scores in scan.values()):
        raise ValueError("every scan list must match the grid")
    if not isinstance(sizes, dict):
        raise TypeError("sizes must be a dict")
    if not all(integer(n) for n in sizes.values()):
        raise TypeError("sizes must be ints")
    if any(n < 1 for n in sizes.values()):
        raise ValueError("sizes must be >= 1")
    if set(sizes) != set(scan):
        raise ValueError("sizes must name the layers of scan")
    if not integer(budget):
        raise TypeError("budget must be an int")
    if budget < 0:
        raise ValueError("budget must be >= 0")

    def plan_at(floor):
        out = {}
        for name, scores in scan.items():
            best = 0.0
            for s, score in zip(sparsities, scores):
                if score >= floor:
                    best = float(s)
            out[name] = best
        return out

    def kept(plan):
        return sum(int(sizes[k]) - round(s * int(sizes[k])) for k, s in plan.items())

    floors = sorted({x for scores in scan.values() for x in scores})  # ascending
    if not floors:
        return {}
    if kept(plan_at(floors[0])) > budget:
        raise ValueError("the budget is unreachable")
    lo, hi = 0, len(floors) - 1  # floors[lo] fits; find the highest index that fits
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if kept(plan_at(floors[mid])) <= budget:
            lo = mid
        else:
            hi = mid - 1
    return plan_at(floors[lo])
