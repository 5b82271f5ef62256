# alternative: NumPy float64 arrays
def metric_difference(
    by_group: Mapping[int, float], overall: float | None = None, method: str = "between_groups"
) -> float:
    validate_type("by_group", by_group, Mapping)
    values = []
    for value in by_group.values():
        validate_type("a value of by_group", value, (int, float, np.integer, np.floating))
        values.append(float(value))
    if not values:
        raise ValueError("by_group must hold at least one group")
    if overall is not None:
        validate_type("overall", overall, (int, float, np.integer, np.floating))
    validate_choice("method", method, ["between_groups", "to_overall"])
    if method == "between_groups":
        return float(np.ptp(np.array(values, dtype=np.float64)))
    if overall is None:
        raise ValueError('method="to_overall" needs the overall value')
    return float(np.abs(np.array(values, dtype=np.float64) - float(overall)).max())
