"""utils.sparse.kernels: every sparse product, readable or compiled, equals dense torch matmul on random matrices
(hypothesis: shapes, sparsities, empty rows, all-zero and fully dense matrices, float32 and float64), and bad input
raises the documented error with a message that names the problem. Nothing here is timed."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import numpy as np
import pytest
import scipy.sparse
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from utils.sparse.kernels import (
    csr_spmm,
    csr_spmm_reference,
    csr_spmv,
    csr_spmv_fast,
    nm_spmm,
    nm_spmm_reference,
    warm_up_kernels,
)

# No deadline: the first call of a numba kernel compiles it. The same examples on every run (derandomize), and
# no example database written into the checkout.
PROPERTY = settings(max_examples=100, deadline=None, derandomize=True, database=None)
# Relative and absolute, against float64 matmul: float32 rounds W and adds up to 24 products in its own order.
TOLERANCE = {torch.float32: 1e-4, torch.float64: 1e-12}
SPMV = [csr_spmv, csr_spmv_fast]
SPMM = [csr_spmm_reference, csr_spmm]
NM = [nm_spmm_reference, nm_spmm]
DTYPES = st.sampled_from([torch.float32, torch.float64])


@st.composite
def matrices(draw: st.DrawFn) -> np.ndarray:
    """A dense float64 matrix of 0 to 12 rows and 0 to 24 columns (rows long enough for the kernels' eight entries
    at a time, and a remainder): a random pattern with some rows emptied, or all zero, or fully dense. Its nonzeros
    have magnitudes 0.5 to 2 and random signs."""
    shape = draw(st.tuples(st.integers(0, 12), st.integers(0, 24)))
    pattern = draw(st.sampled_from(["random", "zero", "dense"]))
    if pattern == "random":
        keep = draw(arrays(np.bool_, shape))
        keep[draw(arrays(np.bool_, shape[0]))] = False  # empty rows
    else:
        keep = np.full(shape, pattern == "dense")
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    values = rng.uniform(0.5, 2.0, shape) * rng.choice([-1.0, 1.0], shape)
    return np.where(keep, values, 0.0)


def _csr(matrix: np.ndarray, dtype: torch.dtype) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """CSR arrays from SciPy, as the kernels take them: int64 indices, values in ``dtype``."""
    csr = scipy.sparse.csr_array(matrix)
    return (
        torch.from_numpy(csr.indptr.astype(np.int64)),
        torch.from_numpy(csr.indices.astype(np.int64)),
        torch.from_numpy(csr.data).to(dtype),
    )


def _dense_operand(rows: int, cols: int, seed: int, dtype: torch.dtype) -> torch.Tensor:
    return torch.randn(rows, cols, generator=torch.Generator().manual_seed(seed), dtype=torch.float64).to(dtype)


def _assert_product(got: torch.Tensor, matrix: np.ndarray, operand: torch.Tensor) -> None:
    """``got`` has the operand's dtype and equals ``matrix @ operand`` computed densely in float64."""
    expected = torch.from_numpy(matrix) @ operand.double()
    assert got.dtype == operand.dtype and got.shape == expected.shape
    tolerance = TOLERANCE[operand.dtype]
    torch.testing.assert_close(got.double(), expected, rtol=tolerance, atol=tolerance)


@PROPERTY
@given(matrix=matrices(), dtype=DTYPES, seed=st.integers(0, 1000))
@pytest.mark.parametrize("spmv", SPMV)
def test_spmv_equals_dense_matmul(spmv: Callable, matrix: np.ndarray, dtype: torch.dtype, seed: int) -> None:
    x = _dense_operand(matrix.shape[1], 1, seed, dtype)[:, 0]
    _assert_product(spmv(*_csr(matrix, dtype), x), matrix, x)


@PROPERTY
@given(matrix=matrices(), dtype=DTYPES, width=st.integers(0, 20), seed=st.integers(0, 1000))
@pytest.mark.parametrize("spmm", SPMM)
def test_spmm_equals_dense_matmul(
    spmm: Callable, matrix: np.ndarray, dtype: torch.dtype, width: int, seed: int
) -> None:
    X = _dense_operand(matrix.shape[1], width, seed, dtype)
    _assert_product(spmm(*_csr(matrix, dtype), X), matrix, X)


@st.composite
def nm_matrices(draw: st.DrawFn) -> tuple[torch.Tensor, torch.Tensor, int, np.ndarray]:
    """``(values, indices, m, dense)``: a packed N:M matrix, positions in random order within each group (or all of
    them when n = m), values possibly all zero, and the dense matrix it stands for, built here with NumPy."""
    m = draw(st.integers(1, 6))
    n = draw(st.integers(1, m))
    rows, groups = draw(st.integers(0, 8)), draw(st.integers(0, 5))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    positions = np.array([rng.permutation(m)[:n] for _ in range(rows * groups)], dtype=np.int64)
    positions = positions.reshape(rows, groups * n)
    values = rng.normal(size=(rows, groups * n)) * draw(st.sampled_from([1.0, 0.0]))
    dense = np.zeros((rows, groups, m))
    np.put_along_axis(dense, positions.reshape(rows, groups, n), values.reshape(rows, groups, n), axis=2)
    return torch.from_numpy(values), torch.from_numpy(positions), m, dense.reshape(rows, groups * m)


@PROPERTY
@given(packed=nm_matrices(), dtype=DTYPES, width=st.integers(0, 12), seed=st.integers(0, 1000))
@pytest.mark.parametrize("spmm", NM)
def test_nm_spmm_equals_dense_matmul(spmm: Callable, packed: tuple, dtype: torch.dtype, width: int, seed: int) -> None:
    values, indices, m, dense = packed
    X = _dense_operand(dense.shape[1], width, seed, dtype)
    _assert_product(spmm(values.to(dtype), indices, X, m), dense, X)


# A 3 x 4 example: row 1 is empty; column 3 is the last one X can have.
MATRIX = np.array([[1.0, 0.0, 2.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 3.0, 0.0, 4.0]])


def _example() -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    return _csr(MATRIX, torch.float32)


def test_fast_kernels_accept_int32_indices_unsorted_columns_strided_x_and_autograd_inputs() -> None:
    indptr, indices, data = _example()
    order = torch.tensor([1, 0, 3, 2])  # each row's entries in descending column order
    data = data[order].requires_grad_()
    X = _dense_operand(3, 4, 0, torch.float32).T  # (4, 3), not contiguous
    for spmm in SPMM:
        _assert_product(spmm(indptr.int(), indices[order].int(), data, X).detach(), MATRIX, X)
    x = X[:, 1]
    _assert_product(csr_spmv_fast(indptr.int(), indices[order].int(), data, x), MATRIX, x)


def test_fast_kernels_leave_their_inputs_unchanged() -> None:
    arrays_in = (*_example(), _dense_operand(4, 3, 0, torch.float32))
    copies = [array.clone() for array in arrays_in]
    csr_spmm(*arrays_in)
    csr_spmv_fast(*arrays_in[:3], arrays_in[3][:, 0].contiguous())
    assert all(torch.equal(a, b) for a, b in zip(arrays_in, copies, strict=True))


def _case(args: tuple, error: type[Exception], message: str, name: str) -> object:
    return pytest.param(args, error, message, id=name)


INDPTR, INDICES, DATA = _example()
X_OK = torch.ones(4, 2)
SPMV_CASES = [
    _case((INDPTR, INDICES, DATA, torch.ones(4, 1)), ValueError, r"x must be 1-D, got shape \(4, 1\)", "x 2-D"),
    _case(
        (INDPTR, INDICES, DATA, torch.ones(4).double()), ValueError, "x must have the sparse matrix's dtype", "dtype"
    ),
    _case((INDPTR, INDICES, DATA, torch.ones(3)), ValueError, r"in \[0, 3\) = \[0, x.shape\[0\]\)", "x too short"),
    _case((INDPTR, INDICES, DATA.int(), torch.ones(4).int()), ValueError, "data must be float32 or float64", "int"),
    _case((INDPTR, INDICES[:-1], DATA, torch.ones(4)), ValueError, "indices and data must have one length", "lengths"),
    _case((INDPTR.flip(0), INDICES, DATA, torch.ones(4)), ValueError, "indptr must start at 0", "indptr"),
    _case((INDPTR, INDICES, DATA, torch.ones(4).numpy()), TypeError, "x must be torch.Tensor, got ndarray", "numpy"),
]
SPMM_CASES = [
    _case((INDPTR, INDICES, DATA, torch.ones(4)), ValueError, r"X must be 2-D, got shape \(4,\)", "X 1-D"),
    _case((INDPTR, INDICES, DATA, torch.ones(3, 2)), ValueError, r"in \[0, 3\) = \[0, X.shape\[0\]\)", "X short"),
    _case(
        (INDPTR, INDICES.index_fill(0, torch.tensor([2]), -1), DATA, X_OK),
        ValueError,
        r"indices must be in \[0, 4\) = \[0, X.shape\[0\]\), got indices in \[-1, 3\]",
        "negative index",
    ),
    _case(
        (INDPTR, INDICES, DATA.long(), X_OK.long()),
        ValueError,
        "data must be float32 or float64, got torch.int64",
        "int",
    ),
    _case(
        (INDPTR, INDICES, DATA.half(), X_OK.half()),
        ValueError,
        "data must be float32 or float64, got torch.float16",
        "half",
    ),
    _case(
        (INDPTR, INDICES, DATA, X_OK.double()),
        ValueError,
        "X must have the sparse matrix's dtype torch.float32",
        "dtype",
    ),
    _case((INDPTR, INDICES, DATA[:-1], X_OK), ValueError, r"indptr must start at 0 and end at len\(data\) = 3", "nnz"),
    _case((INDPTR[:-1], INDICES, DATA, X_OK), ValueError, r"indptr must start at 0 and end at len\(data\) = 4", "rows"),
    _case((torch.tensor([0, 3, 2, 4]), INDICES, DATA, X_OK), ValueError, "indptr must be non-decreasing", "decreasing"),
    _case(
        (INDPTR, INDICES.float(), DATA, X_OK), ValueError, "indices must be integer|torch.int64 or torch.int32", "float"
    ),
    _case((INDPTR, INDICES, DATA, X_OK.numpy()), TypeError, "X must be torch.Tensor, got ndarray", "numpy"),
    _case((INDPTR.tolist(), INDICES, DATA, X_OK), TypeError, "indptr must be torch.Tensor, got list", "list"),
]


@pytest.mark.parametrize(("args", "error", "message"), SPMV_CASES)
def test_fast_spmv_rejects_bad_input(args: tuple, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        csr_spmv_fast(*args)


@pytest.mark.parametrize(("args", "error", "message"), SPMM_CASES)
@pytest.mark.parametrize("spmm", SPMM)
def test_spmm_rejects_bad_input(spmm: Callable, args: tuple, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        spmm(*args)


def test_fast_kernels_reject_other_index_dtypes_and_devices() -> None:
    with pytest.raises(ValueError, match="indices must be torch.int64 or torch.int32, got torch.int16"):
        csr_spmm(INDPTR, INDICES.short(), DATA, X_OK)
    with pytest.raises(ValueError, match="X must be on the CPU for the fast kernels, got device meta"):
        csr_spmm(INDPTR, INDICES, DATA, X_OK.to("meta"))
    with pytest.raises(ValueError, match="x must be on the CPU"):
        csr_spmv_fast(INDPTR, INDICES, DATA, torch.ones(4, device="meta"))


def _nm_example() -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """2:4 packing of a 2 x 8 matrix, and an X of 8 rows."""
    values = torch.tensor([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]])
    indices = torch.tensor([[0, 3, 1, 2], [2, 1, 0, 3]])
    return values, indices, torch.ones(8, 3)


VALUES, POSITIONS, X_NM = _nm_example()
NM_CASES = [
    _case((VALUES, POSITIONS[:, :2], X_NM, 4), ValueError, r"2-D of one shape, got \(2, 4\) and \(2, 2\)", "shapes"),
    _case((VALUES, POSITIONS, X_NM[:6], 4), ValueError, r"m=4 must divide X.shape\[0\] .*got X.shape\[0\]=6", "m"),
    _case((VALUES[:, :3], POSITIONS[:, :3], X_NM, 4), ValueError, r"must have n \* 2 columns .*got 3", "width"),
    _case((VALUES, POSITIONS, X_NM[:2], 2), ValueError, r"must have n \* 1 columns .*1 <= n <= m\), got 4", "n > m"),
    _case((VALUES, POSITIONS + 1, X_NM, 4), ValueError, r"positions in \[0, 4\) .*got indices in \[1, 4\]", "range"),
    _case(
        (VALUES, POSITIONS.index_fill(1, torch.tensor([0]), 3), X_NM, 4),
        ValueError,
        "indices must not repeat a position within a group, but group 0 of row 0 does",
        "repeated",
    ),
    _case((VALUES.long(), POSITIONS, X_NM.long(), 4), ValueError, "values must be float32 or float64", "int values"),
    _case((VALUES, POSITIONS.float(), X_NM, 4), ValueError, "indices must be torch.int64 or torch.int32", "float"),
    _case((VALUES, POSITIONS, X_NM.double(), 4), ValueError, "X must have the sparse matrix's dtype", "X dtype"),
    _case((VALUES, POSITIONS, X_NM, 0), ValueError, "m must be an int >= 1, got 0", "m = 0"),
    _case((VALUES, POSITIONS, X_NM, 4.0), TypeError, "m must be an int, got float", "m float"),
    _case((VALUES.numpy(), POSITIONS, X_NM, 4), TypeError, "values must be torch.Tensor, got ndarray", "numpy"),
]


@pytest.mark.parametrize(("args", "error", "message"), NM_CASES)
@pytest.mark.parametrize("spmm", NM)
def test_nm_spmm_rejects_bad_input(spmm: Callable, args: tuple, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        spmm(*args)


def test_nm_spmm_follows_the_packed_layout() -> None:
    values, indices, _ = _nm_example()
    W = torch.tensor([[1.0, 0, 0, 2, 0, 3, 4, 0], [0, 6, 5, 0, 7, 0, 0, 8]])  # W[r, g*m + indices] = values
    X = _dense_operand(8, 3, 0, torch.float32)
    for spmm in NM:
        torch.testing.assert_close(spmm(values, indices, X, 4), W @ X)


def test_warm_up_compiles_for_the_float_dtypes_only() -> None:
    assert warm_up_kernels([torch.float32]) >= 0
    with pytest.raises(ValueError, match="data must be float32 or float64, got torch.int32"):
        warm_up_kernels([torch.int32])


def test_importing_the_kernels_does_not_load_numba() -> None:
    code = "import sys, utils.sparse.kernels; sys.exit('numba' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
