# alternative: sorted copy of the values and an explicit loop
def metric_difference(by_group, overall=None, method="between_groups"):
    import numbers

    validate_type("by_group", by_group, Mapping)
    vals = []
    for v in by_group.values():
        validate_type("a value of by_group", v, numbers.Real)
        vals.append(float(v))
    if len(vals) == 0:
        raise ValueError("by_group needs at least one group")
    if overall is not None:
        validate_type("overall", overall, numbers.Real)
    validate_choice("method", method, ("between_groups", "to_overall"))
    if method == "to_overall":
        if overall is None:
            raise ValueError("overall is needed for to_overall")
        best = 0.0
        for v in vals:
            best = max(best, abs(v - overall))
        return float(best)
    vals = sorted(vals)
    return float(vals[-1] - vals[0])
