# mistake: merged nodes get order = the smaller child's order, not the next number
# expect: huffman_code_lengths


def huffman_code_lengths(counts):
    validate_type("counts", counts, Mapping)
    if not counts:
        raise ValueError("counts must not be empty")
    symbols = list(counts)
    heap = [(validate_int("count", counts[s], 1), order, [s]) for order, s in enumerate(symbols)]
    heapq.heapify(heap)
    depth = {s: 0 for s in symbols}
    next_order = len(symbols)
    while len(heap) > 1:
        ca, oa, a = heapq.heappop(heap)
        cb, ob, b = heapq.heappop(heap)
        for s in a + b:
            depth[s] += 1
        heapq.heappush(heap, (ca + cb, min(oa, ob), a + b))
        next_order += 1
    return {s: max(depth[s], 1) for s in symbols}
