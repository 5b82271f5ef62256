# alternative: builds the table of scores in numpy, walks the distinct scores from the top with np.unique, and counts kept weights in integers
def sparsity_plan(scan, sparsities, sizes, budget):
    import numbers

    import numpy as np

    if not isinstance(scan, dict):
        raise TypeError("scan must be a dict")
    for name, scores in scan.items():
        if not isinstance(scores, (list, tuple)):
            raise TypeError(f"scan[{name!r}] must be a list")
        if any(isinstance(s, bool) or not isinstance(s, numbers.Real) for s in scores):
            raise TypeError("scores must be real numbers")
    if not isinstance(sparsities, (list, tuple)):
        raise TypeError("sparsities must be a list")
    for s in sparsities:
        if isinstance(s, bool) or not isinstance(s, numbers.Real):
            raise TypeError("a sparsity must be a real number")
        if not 0 <= s <= 1:
            raise ValueError("a sparsity must be in [0, 1]")
    grid = np.array([float(s) for s in sparsities], dtype=np.float64)
    if grid.size == 0 or np.any(np.diff(grid) <= 0):
        raise ValueError("the grid must be strictly increasing")
    if any(len(scores) != grid.size for scores in scan.values()):
        raise ValueError("lengths differ")
    if not isinstance(sizes, dict):
        raise TypeError("sizes must be a dict")
    if sorted(sizes) != sorted(scan):
        raise ValueError("sizes must name the same layers")
    for name in scan:
        n = sizes[name]
        if isinstance(n, bool) or not isinstance(n, numbers.Integral):
            raise TypeError("sizes are ints")
        if n < 1:
            raise ValueError("sizes are >= 1")
    if isinstance(budget, bool) or not isinstance(budget, numbers.Integral):
        raise TypeError("budget must be an int")
    if budget < 0:
        raise ValueError("budget must be >= 0")
    if not scan:
        return {}
    names = list(scan)
    table = np.array([[float(s) for s in scan[name]] for name in names], dtype=np.float64)
    n = np.array([int(sizes[name]) for name in names], dtype=np.int64)
    for floor in np.unique(table)[::-1]:
        ok = table >= floor
        last = np.where(ok.any(axis=1), grid.size - 1 - np.argmax(ok[:, ::-1], axis=1), -1)
        chosen = [float(grid[i]) if i >= 0 else 0.0 for i in last]
        kept = sum(int(size) - round(s * int(size)) for s, size in zip(chosen, n))
        if kept <= budget:
            return dict(zip(names, chosen))
    raise ValueError("the budget cannot be met")
