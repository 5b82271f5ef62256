# mistake: numbers the leaves in sorted(counts) order (by symbol value) instead of in the order of counts, so count ties are broken by symbol value
# wrong on: huffman_code_lengths({3: 1, 1: 1, 2: 1}): returns {3: 1, 1: 2, 2: 2} instead of {3: 2, 1: 2, 2: 1}
# expect: key order
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
    symbols = sorted(counts)
    depth = {symbol: 0 for symbol in symbols}
    heap = [(counts[symbol], order, [symbol]) for order, symbol in enumerate(symbols)]
    heapq.heapify(heap)
    order = len(symbols)
    while len(heap) > 1:
        count_a, _, group_a = heapq.heappop(heap)
        count_b, _, group_b = heapq.heappop(heap)
        for symbol in group_a + group_b:
            depth[symbol] += 1
        heapq.heappush(heap, (count_a + count_b, order, group_a + group_b))
        order += 1
    return {symbol: max(depth[symbol], 1) for symbol in counts}
