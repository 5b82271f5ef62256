# mistake: keeps the nodes in a list sorted by count (a stable sort) but inserts each merged node at the front, so it comes before older nodes of equal count
# wrong on: huffman_code_lengths({'a': 1, 'b': 1, 'c': 2, 'd': 2}) is {a: 3, b: 3, c: 2, d: 1} instead of all 2
# expect: ties broken the other way
def huffman_code_lengths(counts: Mapping[Hashable, int]) -> dict[Hashable, int]:
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
        nodes = [(count_a + count_b, group_a + group_b)] + nodes[2:]
    return {symbol: max(depth[symbol], 1) for symbol in counts}
