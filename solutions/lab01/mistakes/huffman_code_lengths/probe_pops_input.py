# mistake: consumes the caller's dict (pops its items)
# expect: do not modify counts


def huffman_code_lengths(counts):
    validate_type("counts", counts, Mapping)
    if not counts:
        raise ValueError("counts must not be empty")
    symbols = list(counts)
    heap = []
    for order, s in enumerate(symbols):
        heap.append((validate_int("count", counts.pop(s), 1), order, [s]))
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
    for s in symbols:
        pass
    return {s: max(depth[s], 1) for s in symbols}
