# alternative: O(n^2) without any queue: each step scans the live nodes for the two smallest keys (count, order) with min(); depths propagate through leaf lists
def huffman_code_lengths(counts: Mapping[Hashable, int]) -> dict[Hashable, int]:
    validate_type("counts", counts, Mapping)  # the course's argument convention: numpy integers are ints
    counts = {symbol: validate_int("a count", count, 1) for symbol, count in counts.items()}
    if not isinstance(counts, Mapping):
        raise TypeError(f"counts must be a mapping, got {type(counts).__name__}")
    if not counts:
        raise ValueError("counts must hold at least one symbol")
    for symbol, count in counts.items():
        if not isinstance(count, int) or isinstance(count, bool):
            raise TypeError(f"the count of {symbol!r} must be an int, got {count!r}")
        if count < 1:
            raise ValueError(f"the count of {symbol!r} must be >= 1, got {count}")
    live = {order: (count, [symbol]) for order, (symbol, count) in enumerate(counts.items())}
    length = {symbol: 0 for symbol in counts}
    next_order = len(live)
    while len(live) > 1:
        first = min(live, key=lambda order: (live[order][0], order))
        count_a, leaves_a = live.pop(first)
        second = min(live, key=lambda order: (live[order][0], order))
        count_b, leaves_b = live.pop(second)
        for symbol in leaves_a + leaves_b:
            length[symbol] += 1
        live[next_order] = (count_a + count_b, leaves_a + leaves_b)
        next_order += 1
    return {symbol: max(length[symbol], 1) for symbol in counts}
