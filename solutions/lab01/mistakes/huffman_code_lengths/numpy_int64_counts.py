# mistake: keeps the node counts in a NumPy int64 array (argmin picks the lowest order on ties), so merged counts above 2**63 - 1 wrap around to negative numbers
# wrong on: huffman_code_lengths({"a": 2**62, "b": 2**62, "c": 2**62, "d": 2**62, "e": 1}): the merged count 2**63 wraps negative, giving {a: 2, b: 3, c: 3, d: 2, e: 2} instead of {a: 3, b: 2, c: 2, d: 2, e: 3}
# expect: NumPy int64
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
    n = len(symbols)
    used = np.iinfo(np.int64).max
    node_counts = np.full(2 * n - 1, used, dtype=np.int64)
    node_counts[:n] = [counts[symbol] for symbol in symbols]
    parent = [-1] * (2 * n - 1)
    for new in range(n, 2 * n - 1):
        a = int(np.argmin(node_counts[:new]))
        count_a = node_counts[a]
        node_counts[a] = used
        b = int(np.argmin(node_counts[:new]))
        count_b = node_counts[b]
        node_counts[b] = used
        node_counts[new] = count_a + count_b
        parent[a] = parent[b] = new
    lengths = {}
    for i, symbol in enumerate(symbols):
        depth, node = 0, i
        while parent[node] != -1:
            node = parent[node]
            depth += 1
        lengths[symbol] = max(depth, 1)
    return lengths
