# mistake: recursive depth walk (fails beyond the recursion limit)
# expect: (symbol, length)
def huffman_code_lengths(counts):
    if not isinstance(counts, Mapping):
        raise TypeError("counts must be a mapping")
    if len(counts) == 0:
        raise ValueError("counts is empty")
    for c in counts.values():
        validate_int("count", c, minimum=1)
    symbols = list(counts)
    n = len(symbols)
    if n == 1:
        return {symbols[0]: 1}
    heap = [(int(counts[s]), i) for i, s in enumerate(symbols)]
    heapq.heapify(heap)
    parent = {}
    nxt = n
    while len(heap) > 1:
        c1, o1 = heapq.heappop(heap)
        c2, o2 = heapq.heappop(heap)
        parent[o1] = parent[o2] = nxt
        heapq.heappush(heap, (c1 + c2, nxt))
        nxt += 1

    def d(node):
        return 0 if node == nxt - 1 else 1 + d(parent[node])

    depth = {i: d(i) for i in range(n)}
    return {s: depth[i] for i, s in enumerate(symbols)}
