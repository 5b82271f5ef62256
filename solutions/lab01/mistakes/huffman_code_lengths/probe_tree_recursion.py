# mistake: measures the depths by recursion, which exceeds Python's recursion limit on a valid 1199-level tree
# expect: recursion limit


def huffman_code_lengths(counts):
    validate_type("counts", counts, Mapping)
    if len(counts) == 0:
        raise ValueError("counts must not be empty")
    items = [(validate_int("count", c, 1), i, ("leaf", s)) for i, (s, c) in enumerate(counts.items())]
    heapq.heapify(items)
    order = len(items)
    while len(items) > 1:
        a = heapq.heappop(items)
        b = heapq.heappop(items)
        heapq.heappush(items, (a[0] + b[0], order, ("node", a[2], b[2])))
        order += 1
    lengths = {}

    def walk(node, depth):
        if node[0] == "leaf":
            lengths[node[1]] = max(depth, 1)
        else:
            walk(node[1], depth + 1)
            walk(node[2], depth + 1)

    walk(items[0][2], 0)
    return {s: lengths[s] for s in counts}
