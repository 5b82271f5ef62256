# alternative: a list re-sorted by count alone with Python's stable sort, merged nodes appended at the end: equal counts keep list order, which is (count, order) order
def huffman_code_lengths(counts: Mapping[Hashable, int]) -> dict[Hashable, int]:
    validate_type("counts", counts, Mapping)  # the course's argument convention: numpy integers are ints
    counts = {symbol: validate_int("a count", count, 1) for symbol, count in counts.items()}
    if not isinstance(counts, Mapping):
        raise TypeError(f"counts must be a mapping, got {type(counts).__name__}")
    if not counts:
        raise ValueError("counts must hold at least one symbol")
    for symbol, count in counts.items():
        if not isinstance(count, int) or isinstance(count, bool):
            raise TypeError(f"the count of {symbol!r} must be an int, got {count!r}")
        if count < 1:
            raise ValueError(f"the count of {symbol!r} must be >= 1, got {count}")
    depth = {symbol: 0 for symbol in counts}
    nodes = [(count, [symbol]) for symbol, count in counts.items()]
    while len(nodes) > 1:
        nodes.sort(key=lambda node: node[0])
        (count_a, group_a), (count_b, group_b) = nodes[0], nodes[1]
        for symbol in group_a + group_b:
            depth[symbol] += 1
        nodes = nodes[2:] + [(count_a + count_b, group_a + group_b)]
    return {symbol: max(depth[symbol], 1) for symbol in counts}
