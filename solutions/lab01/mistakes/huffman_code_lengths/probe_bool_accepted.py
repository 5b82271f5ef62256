# mistake: accepts True as a count of 1
# expect: a bool is not one


def huffman_code_lengths(counts):
    validate_type("counts", counts, Mapping)
    if not counts:
        raise ValueError("counts must not be empty")
    symbols = list(counts)
    for s in symbols:
        if not isinstance(counts[s], int):
            raise TypeError("counts must be ints")
        if counts[s] < 1:
            raise ValueError("counts must be >= 1")
    heap = [(counts[s], order, [s]) for order, s in enumerate(symbols)]
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
