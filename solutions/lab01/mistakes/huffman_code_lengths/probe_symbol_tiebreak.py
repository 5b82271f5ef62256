# mistake: breaks ties by the symbol itself (sorted symbols), not by order
# expect: ties by (count, order)


def huffman_code_lengths(counts):
    validate_type("counts", counts, Mapping)
    if not counts:
        raise ValueError("counts must not be empty")
    symbols = list(counts)
    heap = [(validate_int("count", counts[s], 1), order, [s]) for order, s in enumerate(sorted(symbols, key=repr))]
    heapq.heapify(heap)
    depth = {s: 0 for s in symbols}
    next_order = len(symbols)
    while len(heap) > 1:
        ca, _, a = heapq.heappop(heap)
        cb, _, b = heapq.heappop(heap)
        for s in a + b:
            depth[s] += 1
        heapq.heappush(heap, (ca + cb, next_order, a + b))
        next_order += 1
    return {s: max(depth[s], 1) for s in symbols}
