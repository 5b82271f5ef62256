# mistake: between_groups uses overall when given (max |v - overall|) instead of ignoring it
# expect: between
def metric_difference(
    by_group: Mapping[int, float], overall: float | None = None, method: str = "between_groups"
) -> float:
    import numbers

    if not isinstance(by_group, Mapping):
        raise TypeError(f"by_group must be a mapping, got {type(by_group).__name__}")
    values = []
    for key, value in by_group.items():
        if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Real):
            raise TypeError(f"by_group[{key!r}] must be a real number, got {value!r}")
        values.append(float(value))
    if not values:
        raise ValueError("by_group must hold at least one group")
    if overall is not None and (isinstance(overall, (bool, np.bool_)) or not isinstance(overall, numbers.Real)):
        raise TypeError(f"overall must be a real number or None, got {overall!r}")
    validate_choice("method", method, ["between_groups", "to_overall"])
    if method == "between_groups":
        if overall is not None:
            return float(max(abs(v - float(overall)) for v in values))
        return float(max(values) - min(values))
    if overall is None:
        raise ValueError("method='to_overall' needs overall")
    return float(max(abs(v - float(overall)) for v in values))
