# alternative: no heap: a list kept sorted by (count, order) with bisect.insort; merged nodes get orders n, n + 1, ... so the tie rule is the same
import bisect


def huffman_code_lengths(counts: Mapping[Hashable, int]) -> dict[Hashable, int]:
    validate_type("counts", counts, Mapping)  # the course's argument convention: numpy integers are ints
    counts = {symbol: validate_int("a count", count, 1) for symbol, count in counts.items()}
    if not isinstance(counts, Mapping):
        raise TypeError("counts must be a mapping")
    if len(counts) == 0:
        raise ValueError("counts must hold at least one symbol")
    for symbol, count in counts.items():
        if type(count) is not int:
            raise TypeError(f"the count of {symbol!r} must be an int")
        if count < 1:
            raise ValueError(f"the count of {symbol!r} must be >= 1")
    symbols = list(counts)
    lengths = dict.fromkeys(symbols, 0)
    nodes = sorted((counts[symbol], order, (symbol,)) for order, symbol in enumerate(symbols))
    next_order = len(symbols)
    while len(nodes) > 1:
        (count_a, _, leaves_a), (count_b, _, leaves_b) = nodes[0], nodes[1]
        del nodes[:2]
        for symbol in leaves_a + leaves_b:
            lengths[symbol] += 1
        bisect.insort(nodes, (count_a + count_b, next_order, leaves_a + leaves_b))
        next_order += 1
    return {symbol: max(1, length) for symbol, length in lengths.items()}
