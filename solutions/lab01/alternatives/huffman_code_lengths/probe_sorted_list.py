# alternative: a list kept sorted by (count, order) with min() each time


def huffman_code_lengths(counts):
    validate_type("counts", counts, Mapping)
    if not counts:
        raise ValueError("counts must not be empty")
    symbols = list(counts)
    nodes = [[validate_int("count", counts[s], 1), i, [i]] for i, s in enumerate(symbols)]
    depth = [0] * len(symbols)
    order = len(symbols)
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        a, b = nodes.pop(0), nodes.pop(0)
        for leaf in a[2] + b[2]:
            depth[leaf] += 1
        nodes.append([a[0] + b[0], order, a[2] + b[2]])
        order += 1
    return {s: max(d, 1) for s, d in zip(symbols, depth)}
