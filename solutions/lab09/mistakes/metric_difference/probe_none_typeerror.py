# mistake: to_overall with overall None raises TypeError (abs(v - None))
# expect: ValueError
def metric_difference(by_group, overall=None, method="between_groups"):
    import numbers

    if not isinstance(by_group, Mapping):
        raise TypeError("by_group must be a mapping")
    values = list(by_group.values())
    for v in values:
        if isinstance(v, bool) or not isinstance(v, numbers.Real):
            raise TypeError("values must be real numbers")
    if not values:
        raise ValueError("by_group is empty")
    if overall is not None and (isinstance(overall, bool) or not isinstance(overall, numbers.Real)):
        raise TypeError("overall must be a real number")
    validate_choice("method", method, ["between_groups", "to_overall"])

    if method == "between_groups":
        return float(max(values)) - float(min(values))
    return max(abs(float(v) - float(overall)) for v in values)
