# mistake: returns the lengths sorted from shortest to longest code, not in the order of counts
# wrong on: huffman_code_lengths({"a": 1, "b": 1, "c": 5}): keys in order [c, a, b] instead of [a, b, c]
# expect: Keep the input's key order
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
    heap = [(counts[symbol], order, [symbol]) for order, symbol in enumerate(symbols)]
    heapq.heapify(heap)
    order = len(symbols)
    while len(heap) > 1:
        count_a, order_a, group_a = heapq.heappop(heap)
        count_b, order_b, group_b = heapq.heappop(heap)
        for symbol in group_a + group_b:
            depth[symbol] += 1
        heapq.heappush(heap, (count_a + count_b, order, group_a + group_b))
        order += 1
    return dict(sorted(((s, max(depth[s], 1)) for s in symbols), key=lambda item: item[1]))
