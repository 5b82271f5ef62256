# mistake: never checks the counts, so a zero, negative or non-int count is accepted
# wrong on: huffman_code_lengths({'a': 0, 'b': 1}) returns {'a': 1, 'b': 1} instead of raising ValueError; huffman_code_lengths({'a': 1.5, 'b': 1}) returns lengths instead of raising TypeError
# expect: a count below 1
def huffman_code_lengths(counts: Mapping[Hashable, int]) -> dict[Hashable, int]:
    if not counts:
        raise ValueError("counts must hold at least one symbol")
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
