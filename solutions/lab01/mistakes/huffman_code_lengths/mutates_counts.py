# mistake: works on the caller's dict itself: pops the two smallest symbols and stores the merged node back under a tuple key, so counts is emptied
# wrong on: after huffman_code_lengths(c) with c = {'left': 3, 'right': 3}, c is {('left', 'right'): 6} instead of unchanged
# expect: do not modify counts
def huffman_code_lengths(counts: Mapping[Hashable, int]) -> dict[Hashable, int]:
    if not counts:
        raise ValueError("counts must hold at least one symbol")
    for symbol, count in counts.items():
        if not isinstance(count, int) or isinstance(count, bool):
            raise TypeError(f"the count of {symbol!r} must be an int, got {count!r}")
        if count < 1:
            raise ValueError(f"the count of {symbol!r} must be >= 1, got {count}")
    symbols = list(counts)
    depth = {symbol: 0 for symbol in symbols}
    leaves = {symbol: [symbol] for symbol in symbols}
    order = {symbol: i for i, symbol in enumerate(symbols)}
    nodes = counts
    while len(nodes) > 1:
        a, b = sorted(nodes, key=lambda key: (nodes[key], order[key]))[:2]
        merged = (a, b)
        leaves[merged] = leaves[a] + leaves[b]
        order[merged] = len(order)
        for symbol in leaves[merged]:
            depth[symbol] += 1
        nodes[merged] = nodes.pop(a) + nodes.pop(b)
    return {symbol: max(depth[symbol], 1) for symbol in symbols}
