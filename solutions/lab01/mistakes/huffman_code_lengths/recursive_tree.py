# mistake: builds an explicit tree and measures depths recursively, which hits Python's recursion limit on a deep (skewed) tree
# wrong on: huffman_code_lengths({i: 2**i for i in range(1200)}): RecursionError instead of lengths {0: 1199, 1: 1199, 2: 1198, ..., 1199: 1}
# expect: recursion limit
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
    heap = [(counts[symbol], order, ("leaf", symbol)) for order, symbol in enumerate(symbols)]
    heapq.heapify(heap)
    order = len(symbols)
    while len(heap) > 1:
        count_a, _, left = heapq.heappop(heap)
        count_b, _, right = heapq.heappop(heap)
        heapq.heappush(heap, (count_a + count_b, order, ("node", left, right)))
        order += 1
    lengths = {}

    def walk(node, depth):
        if node[0] == "leaf":
            lengths[node[1]] = max(depth, 1)
        else:
            walk(node[1], depth + 1)
            walk(node[2], depth + 1)

    walk(heap[0][2], 0)
    return {symbol: lengths[symbol] for symbol in symbols}
