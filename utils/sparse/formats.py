"""Sparse storage formats as classes, in the style of ``torch.nn.utils.prune``: one small class per format.

Each format encodes a tensor losslessly (``Format.encode(tensor)``), decodes it back (``decode()``, same shape,
dtype and device) and states its exact storage cost (``bits(value_bits)``). Like the encoders they build on, all
formats treat an entry as zero when ``entry == 0``: ``-0.0`` is a zero (the sparse formats may decode it as
``0.0``, which compares equal) and NaN is a nonzero value.

Dense, Bitmap and RunLength take a tensor of any shape; COO, CSR, CSC and NMPacked take a 2-D matrix ``(R, C)``.
Where :func:`~utils.sparse.encoding_bits` knows a format, ``bits`` calls it, so there is one cost formula per
format. The encoders and ``encoding_bits`` are references of Lab 1's graded functions, so every format but
NMPacked is instructor and benchmark tooling: it does not work in the student edition.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
import scipy.sparse
import torch

from utils.sparse.costs import encoding_bits, index_bits
from utils.sparse.encodings import bitmap_decode, bitmap_encode, csr_from_dense, rle_decode, rle_encode
from utils.validation import validate_int, validate_ndim, validate_type

# best_encoding tries RunLength with each of these run widths.
RLE_RUN_BITS: range = range(1, 17)


class SparseFormat(ABC):
    """A tensor stored in one format; make one with ``encode``, not with the constructor.

    Subclasses set ``name`` and implement the three methods below.
    """

    name: ClassVar[str]

    @classmethod
    @abstractmethod
    def encode(cls, tensor: torch.Tensor, **options: int) -> SparseFormat:
        """Encode a tensor.

        Args:
            tensor: the tensor to store, any dtype; a 2-D ``(R, C)`` matrix for COO, CSR, CSC and NMPacked. It is
                not modified.
            **options: the format's parameters, keyword only, e.g. ``run_bits`` for RunLength.

        Returns:
            The encoding, whose arrays are on ``tensor``'s device.

        Raises:
            TypeError: if ``tensor`` is not a tensor or an option is not an int.
            ValueError: if an option is out of range or ``tensor`` does not fit the format.
        """

    @abstractmethod
    def decode(self) -> torch.Tensor:
        """The encoded tensor, exactly: a new tensor of its shape, dtype and device."""

    @abstractmethod
    def bits(self, value_bits: int) -> int:
        """Exact storage in bits; shape metadata is not counted.

        Args:
            value_bits: bits per stored value, an int >= 1.

        Returns:
            The number of bits, a Python int; each format's docstring gives its formula.

        Raises:
            TypeError: if ``value_bits`` is not an int.
            ValueError: if ``value_bits < 1``.
        """


@dataclass(frozen=True, eq=False)
class Dense(SparseFormat):
    """Every entry stored, zeros included.

    Attributes:
        tensor: a copy of the encoded tensor.
    """

    tensor: torch.Tensor
    name: ClassVar[str] = "dense"

    @classmethod
    def encode(cls, tensor: torch.Tensor) -> Dense:
        validate_type("tensor", tensor, torch.Tensor)
        return cls(tensor.detach().clone())

    def decode(self) -> torch.Tensor:
        return self.tensor.clone()

    def bits(self, value_bits: int) -> int:
        """``numel * b``: ``R * C * b`` for a matrix."""
        # Dense storage ignores the shape, so any tensor costs what its (1, numel) matrix costs.
        return encoding_bits(self.tensor.reshape(1, -1), self.name, value_bits)


@dataclass(frozen=True, eq=False)
class Bitmap(SparseFormat):
    """One presence bit per entry, then the nonzero values (see :func:`~utils.sparse.bitmap_encode`).

    Attributes:
        bitmap: ``torch.bool``, shape ``(numel,)``, True at the nonzero entries of ``tensor.flatten()``.
        values: shape ``(nnz,)``, the nonzero entries in row-major order, with the tensor's dtype.
        shape: the encoded tensor's shape.
    """

    bitmap: torch.Tensor
    values: torch.Tensor
    shape: tuple[int, ...]
    name: ClassVar[str] = "bitmap"

    @classmethod
    def encode(cls, tensor: torch.Tensor) -> Bitmap:
        validate_type("tensor", tensor, torch.Tensor)
        return cls(*bitmap_encode(tensor), tuple(tensor.shape))

    def decode(self) -> torch.Tensor:
        return bitmap_decode(self.bitmap, self.values, self.shape)

    def bits(self, value_bits: int) -> int:
        """``numel + nnz * b``: ``R * C + nnz * b`` for a matrix."""
        # The bitmap has the tensor's numel and nnz, and the bitmap cost ignores the shape.
        return encoding_bits(self.bitmap.reshape(1, -1), self.name, value_bits)


@dataclass(frozen=True, eq=False)
class RunLength(SparseFormat):
    """Deep Compression's relative indices: entries ``(run, value)`` (see :func:`~utils.sparse.rle_encode`).

    Attributes:
        runs: ``torch.int64``, shape ``(entries,)``, the zeros before each value, each ``< 2**run_bits``.
        values: shape ``(entries,)``, the tensor's dtype; filler entries hold 0.
        shape: the encoded tensor's shape.
        run_bits: bits per stored run.
    """

    runs: torch.Tensor
    values: torch.Tensor
    shape: tuple[int, ...]
    run_bits: int
    name: ClassVar[str] = "rle"

    @classmethod
    def encode(cls, tensor: torch.Tensor, *, run_bits: int) -> RunLength:
        """Encode ``tensor``, each run stored in ``run_bits`` bits (an int >= 1)."""
        validate_type("tensor", tensor, torch.Tensor)
        return cls(*rle_encode(tensor, run_bits), tuple(tensor.shape), run_bits)

    def decode(self) -> torch.Tensor:
        return rle_decode(self.runs, self.values, math.prod(self.shape)).reshape(self.shape)

    def bits(self, value_bits: int) -> int:
        """``entries * (run_bits + b)``.

        Trailing zeros cost nothing; a run of more than ``2**run_bits - 1`` zeros costs filler entries.
        """
        return self.runs.numel() * (self.run_bits + validate_int("value_bits", value_bits, 1))


@dataclass(frozen=True, eq=False)
class COO(SparseFormat):
    """Coordinate format: each nonzero with its row and column, in row-major order (``scipy.sparse.coo_array``).

    Attributes:
        row: ``torch.int64``, shape ``(nnz,)``.
        col: ``torch.int64``, shape ``(nnz,)``.
        data: shape ``(nnz,)``, the matrix's dtype.
        shape: ``(R, C)``.
    """

    row: torch.Tensor
    col: torch.Tensor
    data: torch.Tensor
    shape: tuple[int, int]
    name: ClassVar[str] = "coo"

    @classmethod
    def encode(cls, tensor: torch.Tensor) -> COO:
        """Encode a 2-D ``tensor``; raise ``ValueError`` for any other dimension."""
        _check_matrix(tensor)
        indptr, indices, data = csr_from_dense(tensor)
        return cls(_expand_pointers(indptr), indices, data, tuple(tensor.shape))

    def decode(self) -> torch.Tensor:
        return _scatter(self.row, self.col, self.data, self.shape)

    def bits(self, value_bits: int) -> int:
        """``nnz * (b + w(R) + w(C))``, with ``w(v) = max(1, ceil(log2 v))``."""
        return encoding_bits(self.decode(), self.name, value_bits)

    def to_scipy(self) -> scipy.sparse.coo_array:
        """The matrix as a ``scipy.sparse.coo_array`` on the CPU; it may share memory with this encoding."""
        return scipy.sparse.coo_array((_numpy(self.data), (_numpy(self.row), _numpy(self.col))), shape=self.shape)

    def to_torch(self) -> torch.Tensor:
        """The matrix as a coalesced ``torch.sparse_coo`` tensor; it may share memory with this encoding."""
        indices = torch.stack([self.row, self.col])
        return torch.sparse_coo_tensor(indices, self.data, self.shape, is_coalesced=True, check_invariants=True)


@dataclass(frozen=True, eq=False)
class _Compressed(SparseFormat):
    """CSR and CSC: the compressed arrays of the matrix (CSR) or of its transpose (CSC)."""

    indptr: torch.Tensor
    indices: torch.Tensor
    data: torch.Tensor
    shape: tuple[int, int]
    transposed: ClassVar[bool]  # CSC compresses columns: the CSR arrays of the transpose

    @classmethod
    def encode(cls, tensor: torch.Tensor) -> _Compressed:
        """Encode a 2-D ``tensor``; raise ``ValueError`` for any other dimension."""
        _check_matrix(tensor)
        return cls(*csr_from_dense(tensor.T if cls.transposed else tensor), tuple(tensor.shape))

    def decode(self) -> torch.Tensor:
        major, minor = _expand_pointers(self.indptr), self.indices
        return _scatter(*((minor, major) if self.transposed else (major, minor)), self.data, self.shape)

    def bits(self, value_bits: int) -> int:
        return encoding_bits(self.decode(), self.name, value_bits)

    def _arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return _numpy(self.data), _numpy(self.indices), _numpy(self.indptr)


@dataclass(frozen=True, eq=False)
class CSR(_Compressed):
    """Compressed sparse row, the arrays of :func:`~utils.sparse.csr_from_dense` (``scipy.sparse.csr_array``).

    ``bits``: ``nnz * (b + w(C)) + (R + 1) * w(nnz + 1)``, with ``w(v) = max(1, ceil(log2 v))``.

    Attributes:
        indptr: ``torch.int64``, shape ``(R + 1,)``: row ``i`` holds entries ``indptr[i]:indptr[i + 1]``.
        indices: ``torch.int64``, shape ``(nnz,)``, the column of each nonzero.
        data: shape ``(nnz,)``, the matrix's dtype.
        shape: ``(R, C)``.
    """

    name: ClassVar[str] = "csr"
    transposed: ClassVar[bool] = False

    def to_scipy(self) -> scipy.sparse.csr_array:
        """The matrix as a ``scipy.sparse.csr_array`` on the CPU; it may share memory with this encoding."""
        return scipy.sparse.csr_array(self._arrays(), shape=self.shape)

    def to_torch(self) -> torch.Tensor:
        """The matrix as a ``torch.sparse_csr`` tensor; it may share memory with this encoding."""
        return torch.sparse_csr_tensor(self.indptr, self.indices, self.data, self.shape, check_invariants=True)


@dataclass(frozen=True, eq=False)
class CSC(_Compressed):
    """Compressed sparse column: the CSR arrays of the transpose (``scipy.sparse.csc_array``).

    ``bits``: ``nnz * (b + w(R)) + (C + 1) * w(nnz + 1)``, with ``w(v) = max(1, ceil(log2 v))``.

    Attributes:
        indptr: ``torch.int64``, shape ``(C + 1,)``: column ``j`` holds entries ``indptr[j]:indptr[j + 1]``.
        indices: ``torch.int64``, shape ``(nnz,)``, the row of each nonzero.
        data: shape ``(nnz,)``, the matrix's dtype, in column-major order.
        shape: ``(R, C)``.
    """

    name: ClassVar[str] = "csc"
    transposed: ClassVar[bool] = True

    def to_scipy(self) -> scipy.sparse.csc_array:
        """The matrix as a ``scipy.sparse.csc_array`` on the CPU; it may share memory with this encoding."""
        return scipy.sparse.csc_array(self._arrays(), shape=self.shape)

    def to_torch(self) -> torch.Tensor:
        """The matrix as a ``torch.sparse_csc`` tensor; it may share memory with this encoding."""
        return torch.sparse_csc_tensor(self.indptr, self.indices, self.data, self.shape, check_invariants=True)


@dataclass(frozen=True, eq=False)
class NMPacked(SparseFormat):
    """N:M semi-structured sparsity (2:4 on NVIDIA Ampere): ``n`` kept entries per group of ``m`` along a row.

    Each row of ``(R, C)`` is cut into ``C // m`` groups of ``m`` consecutive entries. A group keeps exactly ``n``
    entries: its nonzeros in ascending position, padded with zero-valued entries at its lowest unused positions
    when it has fewer than ``n`` nonzeros.

    Attributes:
        values: shape ``(R, C // m * n)``, the matrix's dtype: group ``g``'s kept entries at ``g*n:(g+1)*n``.
        indices: ``torch.int64``, shape ``(R, C // m * n)``: each kept entry's position ``0..m-1`` in its group,
            ascending within a group.
        shape: ``(R, C)``.
        n: entries kept per group.
        m: group size.
    """

    values: torch.Tensor
    indices: torch.Tensor
    shape: tuple[int, int]
    n: int
    m: int
    name: ClassVar[str] = "nm"

    @classmethod
    def encode(cls, tensor: torch.Tensor, *, n: int = 2, m: int = 4) -> NMPacked:
        """Pack a 2-D ``tensor`` whose every group of ``m`` holds at most ``n`` nonzeros.

        Raises:
            TypeError: if ``tensor`` is not a tensor or ``n``, ``m`` are not ints.
            ValueError: if ``tensor`` is not 2-D, ``not 1 <= n <= m``, ``C % m != 0``, or a group holds more than
                ``n`` nonzeros (the message names the first such row and group).
        """
        _check_matrix(tensor)
        m = validate_int("m", m, 1)
        n = validate_int("n", n, 1, m)
        rows, cols = tensor.shape
        if cols % m:
            raise ValueError(f"the matrix's {cols} columns must split into groups of m={m}, got a remainder")
        groups = tensor.detach().reshape(rows, cols // m, m)
        nonzero = groups != 0
        _check_groups(nonzero.sum(-1), n, m)
        # Sort key: nonzeros first, then zeros, each by position; the first n are the kept ones.
        position = torch.arange(m, device=tensor.device)
        key = torch.where(nonzero, position, position + m)
        kept = torch.sort(torch.argsort(key, dim=-1)[..., :n], dim=-1).values
        packed = (rows, cols // m * n)
        return cls(groups.gather(-1, kept).reshape(packed), kept.reshape(packed), (rows, cols), n, m)

    def decode(self) -> torch.Tensor:
        rows, cols = self.shape
        groups = self.values.new_zeros(rows, cols // self.m, self.m)
        kept = self.indices.reshape(rows, cols // self.m, self.n)
        return groups.scatter_(-1, kept, self.values.reshape(kept.shape)).reshape(self.shape)

    def bits(self, value_bits: int) -> int:
        """``R * (C // m * n) * (b + w(m))``, with ``w(v) = max(1, ceil(log2 v))``: 2 index bits per value for 2:4."""
        return self.values.numel() * (validate_int("value_bits", value_bits, 1) + index_bits(self.m))


def best_encoding(tensor: torch.Tensor, value_bits: int) -> tuple[str, int]:
    """The format that stores ``tensor`` in the fewest bits.

    The candidates, in this order: ``"dense"``, ``"bitmap"``, then ``"coo"``, ``"csr"``, ``"csc"`` for a 2-D
    tensor, then RunLength with ``run_bits`` 1 to 16, named ``"rle1"`` to ``"rle16"``. A tie goes to the earlier
    candidate. NMPacked is not a candidate: it applies only to matrices already pruned to an N:M pattern.

    Args:
        tensor: any shape; not modified.
        value_bits: bits per stored value, an int >= 1.

    Returns:
        ``(name, bits)``, e.g. ``("csr", 1234)`` or ``("rle4", 560)``.

    Raises:
        TypeError: if ``tensor`` is not a tensor or ``value_bits`` is not an int.
        ValueError: if ``value_bits < 1``.
    """
    validate_type("tensor", tensor, torch.Tensor)
    validate_int("value_bits", value_bits, 1)
    formats: list[type[SparseFormat]] = [Dense, Bitmap]
    if tensor.dim() == 2:
        formats += [COO, CSR, CSC]
    costs = [(fmt.name, fmt.encode(tensor).bits(value_bits)) for fmt in formats]
    costs += [(f"rle{r}", RunLength.encode(tensor, run_bits=r).bits(value_bits)) for r in RLE_RUN_BITS]
    return min(costs, key=lambda cost: cost[1])  # min keeps the first of equal costs


def _check_matrix(tensor: object) -> None:
    validate_type("tensor", tensor, torch.Tensor)
    validate_ndim("tensor", tensor, 2)


def _check_groups(nonzeros: torch.Tensor, n: int, m: int) -> None:
    """Raise ``ValueError`` naming the first group of ``nonzeros`` (per group counts, ``(R, C // m)``) above ``n``."""
    over = torch.nonzero(nonzeros > n)
    if over.numel():
        row, group = over[0].tolist()
        raise ValueError(
            f"row {row}, group {group} (columns {group * m} to {group * m + m - 1}) has "
            f"{int(nonzeros[row, group])} nonzeros, more than n={n} of every m={m}"
        )


def _expand_pointers(indptr: torch.Tensor) -> torch.Tensor:
    """The row (or column) of each stored entry, from the ``(R + 1,)`` pointers of a compressed format."""
    return torch.repeat_interleave(torch.arange(indptr.numel() - 1, device=indptr.device), torch.diff(indptr))


def _scatter(row: torch.Tensor, col: torch.Tensor, data: torch.Tensor, shape: tuple[int, int]) -> torch.Tensor:
    dense = data.new_zeros(shape)
    dense[row, col] = data
    return dense


def _numpy(tensor: torch.Tensor) -> np.ndarray:
    return tensor.detach().cpu().numpy()
