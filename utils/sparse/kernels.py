"""Sparse matrix kernels: readable reference versions for teaching, and fast CPU versions compiled with numba.

A CSR matrix is given by its three arrays ``(indptr, indices, data)`` (see :func:`utils.sparse.csr_from_dense`);
an N:M sparse matrix by its packed ``(values, indices)`` and ``m`` (see :func:`nm_spmm`).

The references (``csr_spmv``, ``csr_spmm_reference``, ``nm_spmm_reference``) are vectorised torch, on any device.
``csr_spmv`` and ``csr_spmm_reference`` compute what Lab 1's graded ``csr_spmv`` computes, so the student edition
leaves their bodies out.
The fast versions (``csr_spmv_fast``, ``csr_spmm``, ``nm_spmm``) run the numba kernels of
:mod:`utils.sparse._numba_kernels` on CPU tensors, sharing their memory (no copy when the tensors are contiguous
and the indices ``int64``). That module is imported on the first call, so importing ``utils`` neither loads numba
nor compiles anything. Numba compiles each kernel once per dtype on its first call and caches the machine code on
disk (``__pycache__``, or numba's user cache folder), so later processes load it; :func:`warm_up_kernels` does it
ahead of a timing. Where neither folder is writable, the cache goes to a private temporary folder.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterable
from types import ModuleType

import numpy as np
import torch

from utils.reference import graded_reference
from utils.validation import validate_int, validate_type

FLOAT_DTYPES = (torch.float32, torch.float64)
INDEX_DTYPES = (torch.int32, torch.int64)


def validate_csr(indptr: torch.Tensor, indices: torch.Tensor, data: torch.Tensor) -> None:
    """Raise ``ValueError`` unless the three arrays form a CSR matrix: 1-D, integer indices, consistent lengths."""
    # Each array fully (type, then shape and dtype) in signature order, then the arrays together.
    for name, array in (("indptr", indptr), ("indices", indices), ("data", data)):
        validate_type(name, array, torch.Tensor)
        if array.dim() != 1:
            raise ValueError(f"{name} must be 1-D, got shape {tuple(array.shape)}")
        if name != "data" and array.dtype.is_floating_point:
            raise ValueError(f"{name} must be integer (an integer dtype), got {array.dtype}")
    if indptr.numel() == 0 or int(indptr[0]) != 0 or int(indptr[-1]) != data.numel():
        raise ValueError(f"indptr must start at 0 and end at len(data) = {data.numel()}")
    if indices.numel() != data.numel():
        raise ValueError(f"indices and data must have one length, got {indices.numel()} and {data.numel()}")
    if bool((indptr[1:] < indptr[:-1]).any()):
        raise ValueError("indptr must be non-decreasing")


@graded_reference("lab01", "csr_spmv")
def csr_spmv(indptr: torch.Tensor, indices: torch.Tensor, data: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """Sparse matrix times dense vector, ``y = A @ x``, for ``A`` in CSR form.

    ``y[i] = sum(data[j] * x[indices[j]] for j in range(indptr[i], indptr[i + 1]))``, and 0 for a row with no
    stored entry. The order of the additions is free (results may differ in the last bits).

    Args:
        indptr: ``(R + 1,)`` integer tensor, as made by ``csr_from_dense``.
        indices: ``(nnz,)`` integer tensor of column indices, each ``< len(x)``.
        data: ``(nnz,)`` floating-point tensor of values.
        x: 1-D tensor with ``data``'s dtype, one entry per column.

    Returns:
        ``y``, shape ``(R,)`` with ``data``'s dtype and device. None of the inputs is modified.

    Raises:
        TypeError: if an argument is not a tensor.
        ValueError: if the CSR arrays are inconsistent (not 1-D, ``indptr`` or ``indices`` not an integer tensor,
            ``indptr[0] != 0``, ``indptr[-1] != len(data)`` or ``len(indices) != len(data)``), if ``x`` is not 1-D,
            if ``x.dtype != data.dtype``, or if an index is ``>= len(x)``. Checked in signature order (see
            Conventions): ``indptr``, ``indices``, ``data`` (each: type, then 1-D and integer dtype), then the
            lengths of the CSR arrays, then ``x`` (type, 1-D, dtype, then the indices against ``len(x)``).
    """
    validate_csr(indptr, indices, data)
    validate_type("x", x, torch.Tensor)
    if x.dim() != 1:
        raise ValueError(f"x must be 1-D, got shape {tuple(x.shape)}")
    if x.dtype != data.dtype:
        raise ValueError(f"x must have data's dtype {data.dtype}, got {x.dtype}")
    if indices.numel() and int(indices.max()) >= x.numel():
        raise ValueError(f"indices must be < len(x) = {x.numel()}, got {int(indices.max())}")
    rows = torch.repeat_interleave(torch.arange(indptr.numel() - 1, device=data.device), torch.diff(indptr))
    y = torch.zeros(indptr.numel() - 1, dtype=data.dtype, device=data.device)
    return y.index_add_(0, rows, data * x[indices])


@graded_reference("lab01", "csr_spmv")
def csr_spmm_reference(
    indptr: torch.Tensor, indices: torch.Tensor, data: torch.Tensor, X: torch.Tensor
) -> torch.Tensor:
    """Sparse matrix times dense matrix, ``Y = A @ X``, for ``A`` in CSR form: readable vectorised torch.

    Row ``i`` of ``Y`` is ``sum(data[j] * X[indices[j]] for j in range(indptr[i], indptr[i + 1]))``: each stored
    entry scales one row of ``X`` and adds it to one row of ``Y``. It builds that ``(nnz, K)`` stack of scaled rows
    at once, so it needs ``nnz * K`` entries of memory; :func:`csr_spmm` needs none.

    Args:
        indptr: ``(R + 1,)`` integer tensor, as made by ``csr_from_dense``.
        indices: ``(nnz,)`` integer tensor of column indices, each in ``[0, C)``.
        data: ``(nnz,)`` float32 or float64 tensor of values.
        X: ``(C, K)`` tensor with ``data``'s dtype, on ``data``'s device.

    Returns:
        ``Y``, shape ``(R, K)`` with ``data``'s dtype and device; a row with no stored entry is 0. None of the
        inputs is modified.

    Raises:
        TypeError: if an argument is not a tensor.
        ValueError: if the CSR arrays are inconsistent (see :func:`validate_csr`), ``X`` is not 2-D, ``data`` is not
            float32 or float64, ``X.dtype != data.dtype``, or an index is outside ``[0, C)``.
    """
    _check_csr_product(indptr, indices, data, "X", X, 2)
    _check_columns(indices, "X", X.shape[0])
    rows = torch.repeat_interleave(torch.arange(indptr.numel() - 1, device=data.device), torch.diff(indptr))
    Y = torch.zeros(indptr.numel() - 1, X.shape[1], dtype=data.dtype, device=data.device)
    return Y.index_add_(0, rows, data[:, None] * X[indices])


def nm_spmm_reference(values: torch.Tensor, indices: torch.Tensor, X: torch.Tensor, m: int) -> torch.Tensor:
    """``W @ X`` for ``W`` in the packed N:M layout of :func:`nm_spmm`: readable torch that rebuilds ``W`` densely.

    Args:
        values: ``(R, C // m * n)`` float32 or float64 tensor, the kept values, ``n`` per group of ``m`` columns.
        indices: ``torch.int64`` (or ``int32``) tensor of ``values``' shape: each value's position ``0 .. m - 1``
            within its group, distinct within a group.
        X: ``(C, K)`` tensor with ``values``' dtype, on ``values``' device.
        m: the group size, an int >= 1 that divides ``C``.

    Returns:
        ``(R, K)`` tensor with ``values``' dtype and device. None of the inputs is modified.

    Raises:
        TypeError: if an argument is not a tensor, or ``m`` is not an int.
        ValueError: if the arrays are inconsistent, as listed for :func:`nm_spmm` (which also wants the CPU).
    """
    n = _check_nm(values, indices, X, m)
    _check_nm_positions(indices, n, m)
    entries = torch.arange(values.shape[1], device=values.device)
    columns = entries // n * m + indices  # the first column of each entry's group, plus its position there
    W = torch.zeros(values.shape[0], X.shape[0], dtype=values.dtype, device=values.device)
    return W.scatter_(1, columns, values) @ X


def csr_spmv_fast(indptr: torch.Tensor, indices: torch.Tensor, data: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """:func:`csr_spmv`, ``y = A @ x`` for ``A`` in CSR form, as a compiled kernel, parallel over rows.

    Args:
        indptr: ``(R + 1,)`` ``torch.int64`` (or ``int32``, then copied) CPU tensor.
        indices: ``(nnz,)`` ``torch.int64`` (or ``int32``, then copied) CPU tensor of column indices, in
            ``[0, len(x))``.
        data: ``(nnz,)`` float32 or float64 CPU tensor of values.
        x: ``(C,)`` CPU tensor with ``data``'s dtype.

    Returns:
        ``y``, a new ``(R,)`` CPU tensor with ``data``'s dtype, without autograd history. None of the inputs is
        modified, nor copied unless it is not contiguous or its indices are ``int32``.

    Raises:
        TypeError: if an argument is not a tensor.
        ValueError: as :func:`csr_spmv`; also if ``data`` is not float32 or float64, if the indices are not int32
            or int64, or if a tensor is not on the CPU.
    """
    arrays = _csr_views(indptr, indices, data)
    x_view = _dense_view("x", x, 1, data.dtype)
    y = torch.zeros(indptr.shape[0] - 1, dtype=data.dtype)
    if _jit().csr_spmv_kernel(*arrays, x_view, y.numpy()):
        _check_columns(indices, "x", x.shape[0])
    return y


def csr_spmm(indptr: torch.Tensor, indices: torch.Tensor, data: torch.Tensor, X: torch.Tensor) -> torch.Tensor:
    """:func:`csr_spmm_reference`, ``Y = A @ X`` for ``A`` in CSR form, as a compiled kernel, parallel over rows.

    Row ``i`` of ``Y`` is accumulated in place from the rows of ``X`` that row ``i`` of ``A`` names, eight at a
    time, along contiguous rows (see :mod:`utils.sparse._numba_kernels`); the order of the columns within a row
    does not matter.

    Args:
        indptr: ``(R + 1,)`` ``torch.int64`` (or ``int32``, then copied) CPU tensor.
        indices: ``(nnz,)`` ``torch.int64`` (or ``int32``, then copied) CPU tensor of column indices, in
            ``[0, C)``.
        data: ``(nnz,)`` float32 or float64 CPU tensor of values.
        X: ``(C, K)`` CPU tensor with ``data``'s dtype; copied first unless C-contiguous (row-major).

    Returns:
        ``Y``, a new ``(R, K)`` CPU tensor with ``data``'s dtype, without autograd history. None of the inputs is
        modified.

    Raises:
        TypeError: if an argument is not a tensor.
        ValueError: as :func:`csr_spmm_reference`; also if the indices are not int32 or int64, or if a tensor is
            not on the CPU.
    """
    arrays = _csr_views(indptr, indices, data)
    x_view = _dense_view("X", X, 2, data.dtype)
    Y = torch.empty(indptr.shape[0] - 1, X.shape[1], dtype=data.dtype)
    if _jit().csr_spmm_kernel(*arrays, x_view, Y.numpy()):
        _check_columns(indices, "X", X.shape[0])
    return Y


def nm_spmm(values: torch.Tensor, indices: torch.Tensor, X: torch.Tensor, m: int) -> torch.Tensor:
    """``W @ X`` for an N:M sparse ``W`` (n nonzeros in every group of m columns), as a compiled kernel.

    Packed layout of a weight ``W`` of shape ``(R, C)``: each row is cut into ``C // m`` groups of ``m``
    consecutive columns, of which ``n`` are kept. Group ``g`` of row ``r`` occupies columns ``g*n .. g*n + n - 1``
    of both ``values`` and ``indices``, and ``W[r, g*m + indices[r, g*n + t]] = values[r, g*n + t]``; every other
    entry of ``W`` is 0. For example 2:4 keeps 2 of every 4 columns, so ``values`` is ``(R, C // 2)``.

    Args:
        values: ``(R, C // m * n)`` float32 or float64 CPU tensor of the kept values, ``1 <= n <= m``.
        indices: ``torch.int64`` (or ``int32``, then copied) CPU tensor of ``values``' shape: the position
            ``0 .. m - 1`` of each kept value within its group, distinct within a group.
        X: ``(C, K)`` CPU tensor with ``values``' dtype; copied first unless C-contiguous (row-major).
        m: the group size, an int >= 1 that divides ``C``.

    Returns:
        ``W @ X``, a new ``(R, K)`` CPU tensor with ``values``' dtype, without autograd history. None of the inputs
        is modified.

    Raises:
        TypeError: if an argument is not a tensor, or ``m`` is not an int.
        ValueError: if ``m < 1``; if ``values`` is not 2-D, not float32 or float64, or not of ``indices``' shape;
            if ``indices`` is not int32 or int64; if ``X`` is not 2-D or has another dtype; if ``m`` does not
            divide ``C = X.shape[0]``; if ``values`` does not have ``C // m * n`` columns for an ``n`` in
            ``1 .. m``; if a position is outside ``[0, m)`` or repeated within its group; or if a tensor is not on
            the CPU.
    """
    n = _check_nm(values, indices, X, m)
    positions, kept, x_view = _index_view("indices", indices), _view("values", values), _view("X", X)
    Y = torch.empty(values.shape[0], X.shape[1], dtype=values.dtype)
    if _jit().nm_spmm_kernel(kept, positions, x_view, Y.numpy(), n, m):
        _check_nm_positions(indices, n, m)
    return Y


def warm_up_kernels(dtypes: Iterable[torch.dtype] = FLOAT_DTYPES) -> float:
    """Compile the fast kernels for ``dtypes`` (or load them from numba's disk cache), so that no timing pays it.

    Args:
        dtypes: value dtypes to prepare, each float32 or float64.

    Returns:
        The seconds it took: several per dtype for a first compile (6 to 10 for float32 on a busy 2-core
        machine), under one when numba's cache has them.

    Raises:
        ValueError: if a dtype is not float32 or float64.
    """
    start = time.perf_counter()
    indptr, indices = torch.tensor([0, 1]), torch.tensor([0])
    for dtype in dtypes:
        one = torch.ones(1, dtype=dtype)
        csr_spmv_fast(indptr, indices, one, one)
        csr_spmm(indptr, indices, one, one[:, None])
        nm_spmm(one[:, None], indices[:, None], one[:, None], 1)
    return time.perf_counter() - start


def _jit() -> ModuleType:
    """The module of numba kernels, imported on first use so that importing ``utils`` does not load numba."""
    try:
        from utils.sparse import _numba_kernels
    except RuntimeError as error:
        # cache=True needs a writable folder: the package's __pycache__, else the user's cache folder. Neither
        # exists in a read-only install run without a home (the grading sandbox); then cache in a private folder.
        if "cannot cache function" not in str(error):
            raise
        import numba

        numba.config.CACHE_DIR = tempfile.mkdtemp(prefix="numba-cache-")
        from utils.sparse import _numba_kernels
    return _numba_kernels


def _check_csr_product(
    indptr: torch.Tensor, indices: torch.Tensor, data: torch.Tensor, name: str, dense: torch.Tensor, dims: int
) -> None:
    """Raise unless ``(indptr, indices, data)`` is a CSR matrix of float32 or float64 that can multiply ``dense``.

    The column indices are checked against ``dense`` apart (:func:`_check_columns`).
    """
    validate_csr(indptr, indices, data)
    _check_float("data", data)
    _check_operand(name, dense, dims, data.dtype)


def _check_nm(values: torch.Tensor, indices: torch.Tensor, X: torch.Tensor, m: int) -> int:
    """Raise unless the packed N:M arrays agree with each other, with ``X`` and with ``m``; return ``n``.

    Positions are checked apart (:func:`_check_nm_positions`). When ``C == 0`` there is no group, and ``n`` is
    returned as 0.
    """
    validate_type("values", values, torch.Tensor)
    validate_type("indices", indices, torch.Tensor)
    m = validate_int("m", m, 1)
    if values.dim() != 2 or indices.shape != values.shape:
        raise ValueError(
            f"values and indices must be 2-D of one shape, got {tuple(values.shape)} and {tuple(indices.shape)}"
        )
    _check_float("values", values)
    _check_index_dtype("indices", indices)
    _check_operand("X", X, 2, values.dtype)
    n_cols, packed = X.shape[0], values.shape[1]
    if n_cols % m:
        raise ValueError(f"m={m} must divide X.shape[0] (the columns of W, in groups of m), got X.shape[0]={n_cols}")
    groups = n_cols // m
    if groups == 0 and packed == 0:
        return 0
    if groups == 0 or packed % groups or not 1 <= packed // groups <= m:
        raise ValueError(
            f"values and indices must have n * {groups} columns (n kept in each of the {groups} groups of m={m} "
            f"columns of W, 1 <= n <= m), got {packed}"
        )
    return packed // groups


def _check_nm_positions(indices: torch.Tensor, n: int, m: int) -> None:
    """Raise ``ValueError`` unless every position is in ``[0, m)`` and no group repeats one; names the first."""
    if indices.numel() == 0:
        return
    low, high = int(indices.min()), int(indices.max())
    if low < 0 or high >= m:
        raise ValueError(f"indices must be positions in [0, {m}) within a group, got indices in [{low}, {high}]")
    groups = indices.reshape(indices.shape[0], -1, n).sort(dim=-1).values
    repeats = (groups[..., 1:] == groups[..., :-1]).any(dim=-1).nonzero()
    if repeats.numel():
        row, group = repeats[0].tolist()
        raise ValueError(f"indices must not repeat a position within a group, but group {group} of row {row} does")


def _check_columns(indices: torch.Tensor, name: str, n_cols: int) -> None:
    """Raise ``ValueError`` unless every column index is in ``[0, n_cols)``."""
    if indices.numel() == 0:
        return
    low, high = int(indices.min()), int(indices.max())
    if low < 0 or high >= n_cols:
        raise ValueError(f"indices must be in [0, {n_cols}) = [0, {name}.shape[0]), got indices in [{low}, {high}]")


def _check_float(name: str, values: torch.Tensor) -> None:
    if values.dtype not in FLOAT_DTYPES:
        raise ValueError(f"{name} must be float32 or float64, got {values.dtype}")


def _check_index_dtype(name: str, indices: torch.Tensor) -> None:
    if indices.dtype not in INDEX_DTYPES:
        raise ValueError(f"{name} must be torch.int64 or torch.int32, got {indices.dtype}")


def _check_operand(name: str, dense: torch.Tensor, dims: int, dtype: torch.dtype) -> None:
    """Raise unless ``dense`` is a ``dims``-D tensor of ``dtype``, the sparse matrix's."""
    validate_type(name, dense, torch.Tensor)
    if dense.dim() != dims:
        raise ValueError(f"{name} must be {dims}-D, got shape {tuple(dense.shape)}")
    if dense.dtype != dtype:
        raise ValueError(f"{name} must have the sparse matrix's dtype {dtype}, got {dense.dtype}")


def _csr_views(indptr: torch.Tensor, indices: torch.Tensor, data: torch.Tensor) -> tuple[np.ndarray, ...]:
    """NumPy views of the CSR arrays for the kernels, indices as ``int64``, checked as :func:`validate_csr` does.

    ``validate_csr`` makes a dozen small torch calls; right after a product has flushed the caches they take about
    0.2 ms, a tenth of a product at 99 % sparsity. So the checks here are on attributes, plus one compiled pass
    over ``indptr``, and ``validate_csr`` runs only when they fail, to say what is wrong (it raises then).
    """
    for name, array in (("indptr", indptr), ("indices", indices), ("data", data)):
        validate_type(name, array, torch.Tensor)
    if indptr.dim() != 1 or indices.dim() != 1 or data.dim() != 1 or indices.shape != data.shape:
        validate_csr(indptr, indices, data)
    _check_float("data", data)
    views = _index_view("indptr", indptr), _index_view("indices", indices), _view("data", data)
    if not _jit().is_indptr(views[0], data.shape[0]):
        validate_csr(indptr, indices, data)
    return views


def _dense_view(name: str, dense: torch.Tensor, dims: int, dtype: torch.dtype) -> np.ndarray:
    _check_operand(name, dense, dims, dtype)
    return _view(name, dense)


def _index_view(name: str, indices: torch.Tensor) -> np.ndarray:
    """A NumPy view of ``int64`` indices, or of an ``int64`` copy of ``int32`` ones (each kernel then compiles
    once per value dtype only)."""
    _check_index_dtype(name, indices)
    return _view(name, indices if indices.dtype == torch.int64 else indices.to(torch.int64))


def _view(name: str, tensor: torch.Tensor) -> np.ndarray:
    """A C-contiguous NumPy view of a CPU tensor, sharing its memory unless the tensor is not contiguous."""
    if tensor.device.type != "cpu":
        raise ValueError(f"{name} must be on the CPU for the fast kernels, got device {tensor.device}")
    if tensor.requires_grad:
        tensor = tensor.detach()
    return (tensor if tensor.is_contiguous() else tensor.contiguous()).numpy()
