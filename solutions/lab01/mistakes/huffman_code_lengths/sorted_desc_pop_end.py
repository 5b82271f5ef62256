# mistake: keeps the nodes sorted by count descending (stable sort, reverse=True) and pops the two last ones, so among equal counts the HIGHER order is taken first
# wrong on: huffman_code_lengths({"a": 1, "b": 1, "c": 1}): returns {"a": 1, "b": 2, "c": 2} instead of {"a": 2, "b": 2, "c": 1}
# expect: huffman_code_lengths
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
    nodes = [(counts[symbol], [symbol]) for symbol in symbols]
    while len(nodes) > 1:
        nodes.sort(key=lambda node: node[0], reverse=True)
        count_a, group_a = nodes.pop()
        count_b, group_b = nodes.pop()
        for symbol in group_a + group_b:
            depth[symbol] += 1
        nodes.append((count_a + count_b, group_a + group_b))
    return {symbol: max(depth[symbol], 1) for symbol in symbols}
