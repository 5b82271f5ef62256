# alternative: numpy float64 arrays per layer, floors walked from the top, first fitting plan returned
def sparsity_plan(scan, sparsities, sizes, budget):
    import numbers

    import numpy as np

    from utils.validation import validate_fraction, validate_int, validate_type

    validate_type("scan", scan, dict)
    for scores in scan.values():
        validate_type("scan value", scores, (list, tuple))
        for x in scores:
            validate_type("score", x, numbers.Real)
    validate_type("sparsities", sparsities, (list, tuple))
    for s in sparsities:
        validate_fraction("sparsity", s)
    if len(sparsities) == 0:
        raise ValueError("empty grid")
    grid = np.array([float(s) for s in sparsities], dtype=np.float64)
    if np.any(np.diff(grid) <= 0):
        raise ValueError("grid not strictly increasing")
    rows = {}
    for name, scores in scan.items():
        if len(scores) != len(grid):
            raise ValueError("scan list length differs from the grid")
        rows[name] = np.array([float(x) for x in scores], dtype=np.float64)
    validate_type("sizes", sizes, dict)
    for n in sizes.values():
        validate_int("size", n, minimum=1)
    if sizes.keys() != scan.keys():
        raise ValueError("sizes and scan name different layers")
    validate_int("budget", budget, minimum=0)
    if not rows:
        return {}

    def plan_at(floor):
        out = {}
        for name, row in rows.items():
            idx = np.flatnonzero(row >= floor)
            out[name] = float(sparsities[idx[-1]]) if idx.size else 0.0
        return out

    def kept(plan):
        return sum(int(sizes[k]) - round(float(s) * int(sizes[k])) for k, s in plan.items())

    floors = np.unique(np.concatenate(list(rows.values())))[::-1]
    for floor in floors:
        plan = plan_at(floor)
        if kept(plan) <= budget:
            return plan
    raise ValueError("budget unreachable: every layer at the highest sparsity keeps too many weights")
