# mistake: a merged node takes the lower order of its children
# expect: huffman_code_lengths
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
    heap = [(int(counts[s]), i, i) for i, s in enumerate(symbols)]
    heapq.heapify(heap)
    parent = {}
    nxt = n
    while len(heap) > 1:
        c1, _, o1 = heapq.heappop(heap)
        c2, _, o2 = heapq.heappop(heap)
        parent[o1] = parent[o2] = nxt
        heapq.heappush(heap, (c1 + c2, min(o1, o2), nxt))
        nxt += 1
    depth = {nxt - 1: 0}
    for node in range(nxt - 2, -1, -1):
        depth[node] = depth[parent[node]] + 1
    return {s: depth[i] for i, s in enumerate(symbols)}
