# mistake: adds 1 to the length of the two popped nodes' first symbols only, not to every leaf below them
# wrong on: huffman_code_lengths({'a': 45, 'b': 13, 'c': 12, 'd': 16, 'e': 9, 'f': 5}) is {a: 1, b: 1, c: 3, d: 1, e: 1, f: 3} instead of {a: 1, b: 3, c: 3, d: 3, e: 4, f: 4}
# expect: Merge f+e (14)
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
    heap = [(counts[symbol], order, [symbol]) for order, symbol in enumerate(symbols)]
    heapq.heapify(heap)
    order = len(symbols)
    while len(heap) > 1:
        count_a, _, group_a = heapq.heappop(heap)
        count_b, _, group_b = heapq.heappop(heap)
        for symbol in (group_a[0], group_b[0]):
            depth[symbol] += 1
        heapq.heappush(heap, (count_a + count_b, order, group_a + group_b))
        order += 1
    return {symbol: max(depth[symbol], 1) for symbol in symbols}
