# alternative: no heap: a sorted list with bisect, leaf lists per node
import bisect


def huffman_code_lengths(counts):
    if not isinstance(counts, Mapping):
        raise TypeError("counts")
    if not counts:
        raise ValueError("empty")
    for c in counts.values():
        if isinstance(c, (bool, np.bool_)) or not isinstance(c, (int, np.integer)):
            raise TypeError("count")
        if c < 1:
            raise ValueError("count")
    symbols = list(counts)
    lengths = [0] * len(symbols)
    if len(symbols) == 1:
        return {symbols[0]: 1}
    nodes = sorted((int(counts[s]), i, [i]) for i, s in enumerate(symbols))
    order = len(symbols)
    while len(nodes) > 1:
        c1, _, l1 = nodes.pop(0)
        c2, _, l2 = nodes.pop(0)
        for leaf in l1 + l2:
            lengths[leaf] += 1
        bisect.insort(nodes, (c1 + c2, order, l1 + l2))
        order += 1
    return {s: lengths[i] for i, s in enumerate(symbols)}
