# mistake: numbers the symbols in sorted(counts) order (for determinism) instead of the order of the dict, so ties break by symbol value
# wrong on: huffman_code_lengths({"c": 1, "b": 1, "a": 1}): returns {"c": 1, "b": 2, "a": 2} instead of {"c": 2, "b": 2, "a": 1}
# expect: key order
import heapq
from collections.abc import Hashable, Mapping


def huffman_code_lengths(counts: Mapping[Hashable, int]) -> dict[Hashable, int]:
    """The length in bits of each symbol's Huffman code."""
    if not isinstance(counts, Mapping):
        raise TypeError("counts must be a mapping")
    if len(counts) == 0:
        raise ValueError("counts must not be empty")
    for c in counts.values():
        if not isinstance(c, int) or isinstance(c, bool):
            raise TypeError("counts must be ints")
        if c < 1:
            raise ValueError("counts must be >= 1")
    symbols = sorted(counts)
    if len(symbols) == 1:
        return {symbols[0]: 1}
    heap = [(counts[s], i, [s]) for i, s in enumerate(symbols)]
    heapq.heapify(heap)
    depth = {s: 0 for s in symbols}
    order = len(symbols)
    while len(heap) > 1:
        c1, _, l1 = heapq.heappop(heap)
        c2, _, l2 = heapq.heappop(heap)
        for s in l1 + l2:
            depth[s] += 1
        heapq.heappush(heap, (c1 + c2, order, l1 + l2))
        order += 1
    return {s: depth[s] for s in counts}
