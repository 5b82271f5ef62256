"""Huffman coding, Deep Compression's third stage: short codes for frequent symbols.

huffman_code_lengths gives each symbol's code length, huffman_code turns the lengths into canonical codewords,
huffman_encode and huffman_decode apply a code, and huffman_report compares Huffman with fixed-width coding.
huffman_code_lengths is the reference of a Lab 1 graded function, so huffman_code and huffman_report, which build on
it, do not work in the student edition.
"""

from __future__ import annotations

import heapq
import reprlib
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

import torch

from utils.reference import graded_reference
from utils.sparse.costs import index_bits
from utils.validation import validate_int, validate_type


@graded_reference("lab01", "huffman_code_lengths")
def huffman_code_lengths(counts: Mapping[Hashable, int]) -> dict[Hashable, int]:
    """The length in bits of each symbol's Huffman code.

    Build the Huffman tree by merging, again and again, the two nodes with the lowest counts into one node whose
    count is their sum, until one node is left. A symbol's code length is the depth of its leaf; a lone symbol
    gets length 1.

    Ties: every node has an *order*. The symbols get 0, 1, ..., n - 1 in the order of ``counts``, and each merged
    node gets the next number (n, n + 1, ...). Among nodes with equal counts, the one with the lower order is
    taken first. Example: ``{"a": 1, "b": 1, "c": 2, "d": 2}`` merges a and b into a node (count 2, order 4),
    then c and d (both count 2 with lower orders than the new node), so every code has length 2.

    Args:
        counts: symbol -> how often it occurs, an int >= 1 of any size; at least one symbol, and any number of
            them (the tree may be deeper than Python's recursion limit). It is not modified.

    Returns:
        symbol -> code length, with the keys in the order of ``counts``.

    Raises:
        TypeError: if ``counts`` is not a mapping or a count is not an int (numpy integers are; a bool is not).
        ValueError: if ``counts`` is empty or a count is < 1. The counts are checked in the order of ``counts``,
            each fully (type, then value): the first bad one decides the error (see Conventions).
    """
    validate_type("counts", counts, Mapping)
    if not counts:
        raise ValueError("counts must hold at least one symbol")
    symbols = list(counts)
    heap = [
        (validate_int(f"counts[{symbol!r}]", counts[symbol], 1), order, [order]) for order, symbol in enumerate(symbols)
    ]
    heapq.heapify(heap)
    lengths = [0] * len(symbols)
    next_order = len(symbols)
    while len(heap) > 1:
        count_a, _, leaves_a = heapq.heappop(heap)
        count_b, _, leaves_b = heapq.heappop(heap)
        for leaf in leaves_a + leaves_b:
            lengths[leaf] += 1
        heapq.heappush(heap, (count_a + count_b, next_order, leaves_a + leaves_b))
        next_order += 1
    return {symbol: max(length, 1) for symbol, length in zip(symbols, lengths, strict=True)}


@dataclass(frozen=True)
class HuffmanReport:
    """What Huffman coding saves on a sequence of symbols, against a fixed-width code.

    Attributes:
        length: how many symbols the sequence holds.
        distinct: how many different symbols it holds.
        huffman_bits: exact length of its Huffman encoding, ``sum(count * code length)``.
        fixed_bits: length with every symbol in ``index_bits(distinct)`` bits.
    """

    length: int
    distinct: int
    huffman_bits: int
    fixed_bits: int

    @property
    def saving(self) -> float:
        """The fraction of the fixed-width bits that Huffman coding saves, ``1 - huffman_bits / fixed_bits``."""
        return 1 - self.huffman_bits / self.fixed_bits


def huffman_code(counts: Mapping[Hashable, int]) -> dict[Hashable, str]:
    """The canonical Huffman code of the lengths that :func:`huffman_code_lengths` gives.

    Canonical: sort the symbols by (code length, order in ``counts``); the first gets the all-zero code of its
    length, and each next one gets the previous code plus one, shifted left by the increase in length. The code is
    prefix-free, and a decoder needs only the lengths to rebuild it.

    Args:
        counts: symbol -> how often it occurs, an int >= 1; at least one symbol.

    Returns:
        symbol -> codeword, a string of ``'0'`` and ``'1'``, with the keys in the order of ``counts``. A lone
        symbol gets ``'0'``.

    Raises:
        TypeError: if ``counts`` is not a mapping or a count is not an int.
        ValueError: if ``counts`` is empty or a count is < 1.
    """
    lengths = huffman_code_lengths(counts)
    # sorted is stable, so equal lengths keep the order of counts.
    canonical = sorted(lengths, key=lengths.__getitem__)
    codewords: dict[Hashable, str] = {}
    value, previous = 0, lengths[canonical[0]]
    for symbol in canonical:
        value <<= lengths[symbol] - previous
        previous = lengths[symbol]
        codewords[symbol] = format(value, f"0{previous}b")
        value += 1
    return {symbol: codewords[symbol] for symbol in lengths}


def huffman_encode(symbols: Iterable[Hashable], code: Mapping[Hashable, str]) -> str:
    """The concatenated codewords of ``symbols``.

    Args:
        symbols: the sequence to encode, e.g. ``indices.flatten().tolist()``.
        code: a prefix-free code, symbol -> codeword of ``'0'`` and ``'1'``, such as :func:`huffman_code` makes.

    Returns:
        A string of ``'0'`` and ``'1'`` (empty for no symbols).

    Raises:
        TypeError: if ``symbols`` is not iterable, ``code`` is not a mapping or a codeword is not a string.
        ValueError: if ``code`` is empty or not prefix-free, a codeword is empty or not binary, or a symbol has no
            codeword.
    """
    validate_type("symbols", symbols, Iterable)
    _check_code(code)
    bits = []
    for position, symbol in enumerate(symbols):
        if symbol not in code:
            raise ValueError(f"symbol {symbol!r} at position {position} has no codeword in code")
        bits.append(code[symbol])
    return "".join(bits)


def huffman_decode(bits: str, code: Mapping[Hashable, str]) -> list[Hashable]:
    """The symbols that :func:`huffman_encode` encoded into ``bits`` with ``code``.

    Args:
        bits: a string of ``'0'`` and ``'1'``.
        code: the prefix-free code that encoded it, symbol -> codeword.

    Returns:
        The decoded symbols, in order.

    Raises:
        TypeError: if ``bits`` is not a string, ``code`` is not a mapping or a codeword is not a string.
        ValueError: if ``bits`` holds a character other than ``'0'`` and ``'1'``, if it does not split into
            codewords of ``code`` (a bit string that starts no codeword, or an incomplete codeword at the end), or
            if ``code`` is invalid as for :func:`huffman_encode`.
    """
    validate_type("bits", bits, str)
    _check_code(code)
    if set(bits) - {"0", "1"}:
        raise ValueError(f"bits must hold only '0' and '1', got {reprlib.repr(bits)}")
    symbol_of = {codeword: symbol for symbol, codeword in code.items()}
    longest = max(map(len, symbol_of))
    symbols, start = [], 0
    for end in range(1, len(bits) + 1):
        if bits[start:end] in symbol_of:
            symbols.append(symbol_of[bits[start:end]])
            start = end
        elif end - start == longest:
            # The code is prefix-free, so no longer bit string can be a codeword either.
            raise ValueError(f"bits {start} to {end - 1} ({bits[start:end]!r}) start no codeword of code")
    if start < len(bits):
        raise ValueError(f"bits end with {bits[start:]!r}, an incomplete codeword")
    return symbols


def huffman_report(symbols: Iterable[Hashable]) -> HuffmanReport:
    """Compare the Huffman code of ``symbols`` (built from their counts) with a fixed-width code.

    Args:
        symbols: a non-empty sequence of hashable symbols, e.g. ``indices.flatten().tolist()``. Not a tensor:
            its entries would be 0-d tensors, each a different symbol.

    Returns:
        A :class:`HuffmanReport`.

    Raises:
        TypeError: if ``symbols`` is a tensor or not iterable.
        ValueError: if ``symbols`` is empty.
    """
    if isinstance(symbols, torch.Tensor):
        raise TypeError("symbols must be an iterable of hashable symbols, not a tensor; pass tensor.tolist()")
    validate_type("symbols", symbols, Iterable)
    counts = Counter(symbols)
    if not counts:
        raise ValueError("symbols must hold at least one symbol")
    lengths = huffman_code_lengths(counts)
    total = sum(counts.values())
    return HuffmanReport(
        length=total,
        distinct=len(counts),
        huffman_bits=sum(count * lengths[symbol] for symbol, count in counts.items()),
        fixed_bits=total * index_bits(len(counts)),
    )


def _check_code(code: object) -> None:
    """Raise unless ``code`` is a non-empty prefix-free mapping to non-empty strings of '0' and '1'."""
    validate_type("code", code, Mapping)
    if not code:
        raise ValueError("code must hold at least one codeword")
    for symbol, codeword in code.items():
        validate_type(f"code[{symbol!r}]", codeword, str)
        if not codeword or set(codeword) - {"0", "1"}:
            raise ValueError(f"code[{symbol!r}] must be a non-empty string of '0' and '1', got {codeword!r}")
    # In sorted order a codeword that is a prefix of others comes right before one of them.
    ordered = sorted(code.values())
    for first, second in pairwise(ordered):
        if second.startswith(first):
            raise ValueError(f"code must be prefix-free, but {first!r} is a prefix of {second!r}")
