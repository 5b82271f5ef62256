# mistake: uses Shannon's code lengths ceil(-log2(count / total)) instead of building the Huffman tree
# wrong on: huffman_code_lengths({'a': 45, 'b': 13, 'c': 12, 'd': 16, 'e': 9, 'f': 5}) is {a: 2, b: 3, c: 4, d: 3, e: 4, f: 5} instead of {a: 1, b: 3, c: 3, d: 3, e: 4, f: 4}
# expect: Merge f+e (14)
import math


def huffman_code_lengths(counts: Mapping[Hashable, int]) -> dict[Hashable, int]:
    if not counts:
        raise ValueError("counts must hold at least one symbol")
    for symbol, count in counts.items():
        if not isinstance(count, int) or isinstance(count, bool):
            raise TypeError(f"the count of {symbol!r} must be an int, got {count!r}")
        if count < 1:
            raise ValueError(f"the count of {symbol!r} must be >= 1, got {count}")
    total = sum(counts.values())
    return {symbol: max(1, math.ceil(-math.log2(count / total))) for symbol, count in counts.items()}
