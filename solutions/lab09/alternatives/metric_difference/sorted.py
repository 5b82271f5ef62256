# alternative: sorts the values; to_overall as the larger of the two extremes' distances
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
        ordered = sorted(values)
        return ordered[-1] - ordered[0]
    if overall is None:
        raise ValueError('method="to_overall" needs the overall value')
    return max(max(values) - float(overall), float(overall) - min(values))
