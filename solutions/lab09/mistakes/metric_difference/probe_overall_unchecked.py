# mistake: overall not checked with between_groups
# expect: TypeError
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
    validate_choice("method", method, ["between_groups", "to_overall"])

    if method == "between_groups":
        return float(max(values)) - float(min(values))
    if overall is None:
        raise ValueError("to_overall needs overall")
    if isinstance(overall, bool) or not isinstance(overall, numbers.Real):
        raise TypeError("overall must be a real number")
    return max(abs(float(v) - float(overall)) for v in values)
