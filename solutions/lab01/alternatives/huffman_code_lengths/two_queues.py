# alternative: the two-queue method: leaves sorted by (count, order) in one queue, merged nodes in a second queue in the order they are made (their counts never decrease); each step takes the smaller (count, order) front
from collections import deque


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
    symbols = list(counts)
    parent = {}  # node id -> parent node id; leaves are 0..n-1, merged nodes n, n + 1, ...
    leaves = deque(sorted((counts[s], i) for i, s in enumerate(symbols)))
    merged = deque()

    def take():
        if not merged or (leaves and leaves[0] < merged[0]):
            return leaves.popleft()
        return merged.popleft()

    next_id = len(symbols)
    while len(leaves) + len(merged) > 1:
        count_a, a = take()
        count_b, b = take()
        parent[a] = parent[b] = next_id
        merged.append((count_a + count_b, next_id))
        next_id += 1

    def depth(node):
        steps = 0
        while node in parent:
            node = parent[node]
            steps += 1
        return steps

    return {symbol: max(1, depth(i)) for i, symbol in enumerate(symbols)}
