# mistake: starts with counts = dict(counts) "to be safe", so a list of (symbol, count) pairs is accepted instead of raising TypeError
# wrong on: huffman_code_lengths([("a", 1), ("b", 1)]): returns {"a": 1, "b": 1} instead of raising TypeError
# expect: huffman_code_lengths
def huffman_code_lengths(counts: Mapping[Hashable, int]) -> dict[Hashable, int]:
    counts = dict(counts)
    if not counts:
        raise ValueError("counts must hold at least one symbol")
    for symbol, count in counts.items():
        if not isinstance(count, int) or isinstance(count, bool):
            raise TypeError(f"the count of {symbol!r} must be an int, got {count!r}")
        if count < 1:
            raise ValueError(f"the count of {symbol!r} must be >= 1, got {count}")
    symbols = list(counts)
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
    return {symbol: max(depth[symbol], 1) for symbol in symbols}
