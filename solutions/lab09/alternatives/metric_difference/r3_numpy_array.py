# alternative: values in a float64 NumPy array; np.ptp and np.abs
def metric_difference(by_group, overall=None, method="between_groups"):
    import numbers

    def real(x):
        return isinstance(x, numbers.Real) and not isinstance(x, (bool, np.bool_))

    if not isinstance(by_group, Mapping):
        raise TypeError("by_group must be a mapping")
    if not all(real(v) for v in by_group.values()):
        raise TypeError("by_group values must be real numbers")
    if len(by_group) == 0:
        raise ValueError("by_group is empty")
    if overall is not None and not real(overall):
        raise TypeError("overall must be a real number or None")
    if method not in ("between_groups", "to_overall"):
        raise ValueError(f"unknown method {method!r}")
    values = np.array([float(v) for v in by_group.values()], dtype=np.float64)
    if method == "between_groups":
        return float(np.ptp(values))
    if overall is None:
        raise ValueError("to_overall needs overall")
    return float(np.abs(values - float(overall)).max())
