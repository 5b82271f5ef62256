# mistake: uses counts itself as the working table, deleting merged symbols and adding merged nodes
# wrong on: c = {"a": 1, "b": 2}; huffman_code_lengths(c) leaves c == {("a", "b"): 3} instead of unchanged
# expect: do not modify counts
def huffman_code_lengths(counts: Mapping[Hashable, int]) -> dict[Hashable, int]:
    if not isinstance(counts, Mapping):
        raise TypeError(f"counts must be a mapping, got {type(counts).__name__}")
    if not counts:
        raise ValueError("counts must hold at least one symbol")
    for symbol, count in counts.items():
        if not isinstance(count, int) or isinstance(count, bool):
            raise TypeError(f"the count of {symbol!r} must be an int, got {count!r}")
        if count < 1:
            raise ValueError(f"the count of {symbol!r} must be >= 1, got {count}")
    symbols = list(counts)
    depth = {symbol: 0 for symbol in symbols}
    members = {symbol: [symbol] for symbol in symbols}
    orders = {symbol: i for i, symbol in enumerate(symbols)}
    next_order = len(symbols)
    while len(counts) > 1:
        a, b = sorted(counts, key=lambda key: (counts[key], orders[key]))[:2]
        node = (a, b)
        for symbol in members[a] + members[b]:
            depth[symbol] += 1
        counts[node] = counts.pop(a) + counts.pop(b)
        members[node] = members[a] + members[b]
        orders[node] = next_order
        next_order += 1
    return {symbol: max(depth[symbol], 1) for symbol in symbols}
