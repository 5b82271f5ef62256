# mistake: inserts a merged node before older nodes of equal count (stable sort, merged at front)
# expect: huffman_code_lengths


def huffman_code_lengths(counts):
    validate_type("counts", counts, Mapping)
    if not counts:
        raise ValueError("counts must not be empty")
    symbols = list(counts)
    nodes = [(validate_int("count", counts[s], 1), [s]) for s in symbols]
    depth = {s: 0 for s in symbols}
    while len(nodes) > 1:
        nodes.sort(key=lambda n: n[0])
        (ca, a), (cb, b) = nodes[0], nodes[1]
        for s in a + b:
            depth[s] += 1
        nodes = [(ca + cb, a + b)] + nodes[2:]
    return {s: max(depth[s], 1) for s in symbols}
