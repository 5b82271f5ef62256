# mistake: walks the symbols in collections.Counter(counts).most_common() order and returns the dict in that order (the lengths are right, the key order is not)
# wrong on: huffman_code_lengths({"a": 1, "b": 5}): keys in order ['b', 'a'] instead of ['a', 'b'] (the order of counts); dict == ignores this
# expect: huffman_code_lengths
from collections import Counter


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
    order_of = {symbol: order for order, symbol in enumerate(counts)}
    symbols = [symbol for symbol, _ in Counter(counts).most_common()]
    depth = {symbol: 0 for symbol in symbols}
    heap = [(counts[symbol], order_of[symbol], [symbol]) for symbol in symbols]
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
