"""utils.sparse formats and Huffman coding: exact round trips, the same arrays as scipy and torch, exact bit costs
worked out by hand, the N:M packing rules, the cheapest format, and optimal, canonical Huffman codes."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from fractions import Fraction

import numpy as np
import pytest
import scipy.sparse
import torch

from utils import sparse
from utils.sparse import (
    COO,
    CSC,
    CSR,
    Bitmap,
    Dense,
    NMPacked,
    RunLength,
    SparseFormat,
    best_encoding,
    huffman_code,
    huffman_code_lengths,
    huffman_decode,
    huffman_encode,
    huffman_report,
)

# torch warns that its CSR and CSC layouts are in beta whenever one is built.
pytestmark = pytest.mark.filterwarnings("ignore:Sparse CS[RC] tensor support is in beta")

MATRIX_FORMATS = [COO, CSR, CSC]
RUN_BITS = [1, 2, 3, 8]

# The worked example of the bit counts: 3 x 4, nnz = 3.
EXAMPLE = torch.tensor([[0.0, 5.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [3.0, 0.0, 0.0, 7.0]])


def _sparse_random(
    *shape: int, density: float = 0.3, seed: int = 0, dtype: torch.dtype = torch.float32
) -> torch.Tensor:
    """Integers in [-99, 99] without 0, each kept with probability ``density``: exact in every dtype."""
    generator = torch.Generator().manual_seed(seed)
    values = torch.randint(1, 100, shape, generator=generator) * (
        2 * torch.randint(0, 2, shape, generator=generator) - 1
    )
    return (values * (torch.rand(shape, generator=generator) < density)).to(dtype)


def _matrices() -> dict[str, torch.Tensor]:
    with_empty_rows = _sparse_random(6, 5, density=0.5, seed=1)
    with_empty_rows[[0, 2, 5]] = 0
    return {
        "random": _sparse_random(7, 9, seed=2),
        "random_float64": _sparse_random(5, 8, seed=3, dtype=torch.float64),
        "random_int32": _sparse_random(6, 4, seed=4, dtype=torch.int32),
        "random_int64": _sparse_random(4, 12, seed=5, dtype=torch.int64),
        "gaussian": torch.randn(8, 8, generator=torch.Generator().manual_seed(6))
        * (torch.arange(64) % 3 == 0).reshape(8, 8),
        "all_zero": torch.zeros(4, 6),
        "fully_dense": _sparse_random(5, 3, density=1.0, seed=7),
        "empty_rows": with_empty_rows,
        "0x5": torch.zeros(0, 5),
        "5x0": torch.zeros(5, 0),
        "0x0": torch.zeros(0, 0),
        "1x1": torch.tensor([[2.5]]),
        "negative_zero": torch.tensor([[-0.0, 1.0, 0.0], [0.0, -0.0, -2.0]]),
    }


MATRICES = _matrices()


def _tensors() -> dict[str, torch.Tensor]:
    """Tensors of any shape, for the formats that take any shape."""
    return {
        **MATRICES,
        "vector": _sparse_random(50, seed=8),
        "conv_weight": _sparse_random(4, 3, 3, 3, density=0.2, seed=9, dtype=torch.float64),
        "scalar": torch.tensor(3.0),
        "zero_scalar": torch.tensor(0),
        "empty_3d": torch.zeros(2, 0, 3),
        "nan_and_inf": torch.tensor([0.0, float("nan"), 0.0, float("inf"), -float("inf"), 0.0]),
    }


TENSORS = _tensors()


def _assert_same(decoded: torch.Tensor, original: torch.Tensor) -> None:
    """Exactly equal, in shape, dtype and every entry (NaN equals NaN, -0.0 equals 0.0)."""
    assert decoded.shape == original.shape and decoded.dtype == original.dtype
    torch.testing.assert_close(decoded, original, rtol=0, atol=0, equal_nan=True)


def _nm_random(rows: int, cols: int, n: int, m: int, seed: int) -> torch.Tensor:
    """A matrix with a random number, at most n, of nonzeros at random positions in every group of m."""
    rng = random.Random(seed)
    weight = torch.zeros(rows, cols)
    for row, start in itertools.product(range(rows), range(0, cols, m)):
        for position in rng.sample(range(m), rng.randint(0, n)):
            weight[row, start + position] = rng.choice([-1, 1]) * rng.uniform(0.5, 2.0)
    return weight


# Round trips ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", TENSORS)
@pytest.mark.parametrize("fmt", [Dense, Bitmap])
def test_any_shape_formats_round_trip(fmt, name):
    tensor = TENSORS[name]
    before = tensor.clone()
    _assert_same(fmt.encode(tensor).decode(), tensor)
    _assert_same(tensor, before)  # encode does not modify its input


@pytest.mark.parametrize("name", TENSORS)
@pytest.mark.parametrize("run_bits", RUN_BITS)
def test_run_length_round_trips(name, run_bits):
    _assert_same(RunLength.encode(TENSORS[name], run_bits=run_bits).decode(), TENSORS[name])


@pytest.mark.parametrize("name", MATRICES)
@pytest.mark.parametrize("fmt", MATRIX_FORMATS)
def test_matrix_formats_round_trip(fmt, name):
    _assert_same(fmt.encode(MATRICES[name]).decode(), MATRICES[name])


def test_round_trips_on_seeded_random_matrices():
    rng = random.Random(0)
    for seed in range(40):
        rows, cols = rng.randint(0, 12), rng.randint(0, 12)
        matrix = _sparse_random(
            rows, cols, density=rng.random(), seed=seed, dtype=rng.choice([torch.float32, torch.int64])
        )
        for fmt in [Dense, Bitmap, *MATRIX_FORMATS]:
            _assert_same(fmt.encode(matrix).decode(), matrix)
        _assert_same(RunLength.encode(matrix, run_bits=rng.randint(1, 6)).decode(), matrix)


def test_negative_zero_is_a_zero_so_only_dense_keeps_its_sign():
    matrix = MATRICES["negative_zero"]
    assert Dense.encode(matrix).decode().signbit().tolist() == matrix.signbit().tolist()
    for encoded in [
        Bitmap.encode(matrix),
        RunLength.encode(matrix, run_bits=1),
        COO.encode(matrix),
        CSR.encode(matrix),
    ]:
        decoded = encoded.decode()
        assert decoded.signbit().tolist() == [[False, False, False], [False, False, True]]
        assert torch.equal(decoded, matrix)
    assert CSR.encode(matrix).data.tolist() == [1.0, -2.0]
    assert torch.equal(NMPacked.encode(matrix, n=2, m=3).decode(), matrix)


def test_decode_gives_a_new_tensor():
    matrix = MATRICES["random"].clone()
    for encoded in [Dense.encode(matrix), Bitmap.encode(matrix), CSR.encode(matrix)]:
        encoded.decode()[0, 0] = 123.0
        _assert_same(encoded.decode(), matrix)


# The same arrays as scipy and torch ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", MATRICES)
def test_csr_arrays_equal_scipy_and_torch(name):
    matrix = MATRICES[name]
    expected = scipy.sparse.csr_array(matrix.numpy())
    encoded = CSR.encode(matrix)
    for indptr, indices, data in [
        sparse.csr_from_dense(matrix),
        (encoded.indptr, encoded.indices, encoded.data),
    ]:
        assert indptr.dtype == indices.dtype == torch.int64 and data.dtype == matrix.dtype
        assert indptr.tolist() == expected.indptr.tolist()
        assert indices.tolist() == expected.indices.tolist()
        assert data.tolist() == expected.data.tolist()
        reference = matrix.to_sparse_csr()
        assert torch.equal(indptr, reference.crow_indices()) and torch.equal(indices, reference.col_indices())
        assert torch.equal(data, reference.values())


@pytest.mark.parametrize("name", MATRICES)
def test_csc_arrays_equal_scipy_and_torch(name):
    matrix = MATRICES[name]
    encoded = CSC.encode(matrix)
    expected = scipy.sparse.csc_array(matrix.numpy())
    assert encoded.indptr.dtype == encoded.indices.dtype == torch.int64 and encoded.data.dtype == matrix.dtype
    assert encoded.indptr.tolist() == expected.indptr.tolist()
    assert encoded.indices.tolist() == expected.indices.tolist()
    assert encoded.data.tolist() == expected.data.tolist()
    reference = matrix.to_sparse_csc()
    assert torch.equal(encoded.indptr, reference.ccol_indices()) and torch.equal(
        encoded.indices, reference.row_indices()
    )
    assert torch.equal(encoded.data, reference.values())


@pytest.mark.parametrize("name", MATRICES)
def test_coo_arrays_equal_scipy_and_torch(name):
    matrix = MATRICES[name]
    encoded = COO.encode(matrix)
    expected = scipy.sparse.coo_array(matrix.numpy())
    assert encoded.row.dtype == encoded.col.dtype == torch.int64 and encoded.data.dtype == matrix.dtype
    assert encoded.row.tolist() == expected.row.tolist() and encoded.col.tolist() == expected.col.tolist()
    assert encoded.data.tolist() == expected.data.tolist()
    reference = matrix.to_sparse_coo()
    assert torch.equal(torch.stack([encoded.row, encoded.col]), reference.indices())
    assert torch.equal(encoded.data, reference.values())


@pytest.mark.parametrize("name", MATRICES)
@pytest.mark.parametrize(("fmt", "layout"), [(COO, "coo"), (CSR, "csr"), (CSC, "csc")])
def test_to_scipy_and_to_torch_hold_the_matrix(fmt, layout, name):
    matrix = MATRICES[name]
    encoded = fmt.encode(matrix)
    as_scipy = encoded.to_scipy()
    assert as_scipy.format == layout and as_scipy.shape == tuple(matrix.shape)
    assert np.array_equal(as_scipy.toarray(), matrix.numpy())
    as_torch = encoded.to_torch()
    assert as_torch.layout == getattr(torch, f"sparse_{layout}") and as_torch.dtype == matrix.dtype
    assert torch.equal(as_torch.to_dense(), matrix)
    if layout == "coo":
        assert as_torch.is_coalesced()


# Bit costs --------------------------------------------------------------------------------------------------------


def test_bits_of_the_worked_example_by_hand():
    # EXAMPLE is 3 x 4 with nnz = 3; b = 8; w(3) = w(4) = 2, w(nnz + 1) = w(4) = 2.
    assert Dense.encode(EXAMPLE).bits(8) == 96  # 3 * 4 * 8
    assert Bitmap.encode(EXAMPLE).bits(8) == 36  # 12 + 3 * 8
    assert COO.encode(EXAMPLE).bits(8) == 36  # 3 * (8 + 2 + 2)
    assert CSR.encode(EXAMPLE).bits(8) == 38  # 3 * (8 + 2) + (3 + 1) * 2
    assert CSC.encode(EXAMPLE).bits(8) == 40  # 3 * (8 + 2) + (4 + 1) * 2
    # Flat: 0 5 | 0 0 0 0 0 0 | 3 0 0 7. With run_bits = 2 (max run 3): (1, 5), then 6 zeros > 3 need the filler
    # (3, 0), then (2, 3), (2, 7): 4 entries * (2 + 8).
    rle = RunLength.encode(EXAMPLE, run_bits=2)
    assert rle.runs.tolist() == [1, 3, 2, 2] and rle.values.tolist() == [5.0, 0.0, 3.0, 7.0]
    assert rle.bits(8) == 40
    # 2:4: each of the 3 rows keeps 4 // 4 * 2 = 2 entries, each with 8 value bits and w(4) = 2 index bits.
    assert NMPacked.encode(EXAMPLE).bits(8) == 60  # 3 * 2 * (8 + 2)


def test_bits_of_other_shapes_by_hand():
    tensor = torch.tensor([[[0.0, 1.0], [0.0, 0.0]], [[2.0, 0.0], [0.0, 3.0]]])  # 2 x 2 x 2, numel 8, nnz 3
    assert Dense.encode(tensor).bits(4) == 32  # 8 * 4
    assert Bitmap.encode(tensor).bits(4) == 20  # 8 + 3 * 4
    # Flat: 0 1 2 0 0 3 -> (1, 1), (0, 2), (2, 3): 3 entries * (2 + 4).
    assert RunLength.encode(tensor, run_bits=2).bits(4) == 18
    assert Dense.encode(torch.tensor(5.0)).bits(16) == 16  # a 0-d tensor is one value
    assert Bitmap.encode(torch.tensor(0.0)).bits(16) == 1  # 1 presence bit, no value
    assert Bitmap.encode(torch.zeros(0, 3)).bits(8) == 0
    assert RunLength.encode(torch.zeros(9), run_bits=3).bits(8) == 0  # trailing zeros are not stored


def test_nm_bits_by_hand():
    weight = torch.zeros(4, 16)
    assert NMPacked.encode(weight, n=1, m=8).bits(4) == 4 * 2 * (4 + 3)  # 16 // 8 * 1 kept per row, w(8) = 3
    assert NMPacked.encode(weight, n=3, m=4).bits(8) == 4 * 12 * (8 + 2)  # 16 // 4 * 3 kept per row
    assert NMPacked.encode(weight, n=1, m=1).bits(8) == 4 * 16 * (8 + 1)  # w(1) = 1
    assert NMPacked.encode(torch.zeros(0, 8)).bits(8) == 0


@pytest.mark.parametrize("name", MATRICES)
@pytest.mark.parametrize("value_bits", [1, 4, 8, 32])
def test_matrix_bits_equal_encoding_bits(name, value_bits):
    matrix = MATRICES[name]
    for fmt in [Dense, Bitmap, *MATRIX_FORMATS]:
        assert fmt.encode(matrix).bits(value_bits) == sparse.encoding_bits(matrix, fmt.name, value_bits)


# Sparsities with short binary fractions, so that (1 - p) * L * n is exact in floating point.
@pytest.mark.parametrize(
    ("numel", "sparsity", "value_bits"), [(64, 0.75, 8), (128, 0.984375, 32), (40, 0.0, 4), (40, 1.0, 4), (16, 0.5, 1)]
)
def test_bitmap_bits_are_one_bit_per_entry_plus_the_kept_values(numel, sparsity, value_bits):
    tensor = torch.zeros(numel)
    nonzeros = int((1 - sparsity) * numel)
    tensor[torch.randperm(numel, generator=torch.Generator().manual_seed(0))[:nonzeros]] = 1.5
    assert Bitmap.encode(tensor).bits(value_bits) == (1 - sparsity) * numel * value_bits + numel  # (1-p) L n + L


def test_run_length_bits_are_entries_times_run_and_value_bits():
    for seed in range(10):
        tensor = _sparse_random(30, density=0.2, seed=seed)
        for run_bits in range(1, 6):
            encoded = RunLength.encode(tensor, run_bits=run_bits)
            assert encoded.bits(16) == encoded.runs.numel() * (run_bits + 16)


# Run-length encoding ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flat", "run_bits", "runs", "values"),
    [
        ([0, 0, 0, 0, 0, 7, 0, 3], 2, [3, 1, 1], [0, 7, 3]),  # rle_encode's docstring example
        ([0, 0, 0, 9], 2, [3], [9]),  # a run of exactly max_run = 3
        ([0, 0, 0, 0, 9], 2, [3, 0], [0, 9]),  # max_run + 1: one filler covers 4 positions
        ([0] * 20 + [1], 2, [3, 3, 3, 3, 3, 0], [0, 0, 0, 0, 0, 1]),  # 20 zeros = 5 fillers of 4
        ([0] * 21 + [1], 2, [3, 3, 3, 3, 3, 1], [0, 0, 0, 0, 0, 1]),
        ([5, 0, 0, 0, 0], 2, [0], [5]),  # trailing zeros are not stored
        ([0, 0, 5, 6], 2, [2, 0], [5, 6]),  # leading zeros
        ([0, 0, 0, 4], 1, [1, 1], [0, 4]),  # run_bits = 1: max run 1
        ([0, 0, 4, 0, 4], 1, [1, 0, 1], [0, 4, 4]),
        ([1, 2, 3], 1, [0, 0, 0], [1, 2, 3]),
        ([0, 0, 0], 3, [], []),
        ([0] * 300 + [2], 8, [255, 44], [0, 2]),  # 300 = 256 (filler) + 44
    ],
)
def test_run_length_cases(flat, run_bits, runs, values):
    tensor = torch.tensor(flat, dtype=torch.float32)
    encoded = RunLength.encode(tensor, run_bits=run_bits)
    assert encoded.runs.tolist() == runs and encoded.values.tolist() == values
    assert encoded.runs.dtype == torch.int64 and encoded.values.dtype == torch.float32
    assert all(run < 2**run_bits for run in runs)
    _assert_same(encoded.decode(), tensor)


def test_run_length_keeps_the_tensor_shape_and_dtype():
    tensor = _sparse_random(3, 4, 5, seed=11, dtype=torch.int32)
    encoded = RunLength.encode(tensor, run_bits=3)
    assert encoded.shape == (3, 4, 5) and encoded.values.dtype == torch.int32
    _assert_same(encoded.decode(), tensor)


# N:M packing ------------------------------------------------------------------------------------------------------


def test_two_four_packing_by_hand():
    weight = torch.tensor(
        [
            [0.0, 3.0, 0.0, -1.0, 5.0, 0.0, 0.0, 0.0],  # groups: two nonzeros at 1, 3 | one at 0, padded with 1
            [0.0, 0.0, 0.0, 0.0, 0.0, 2.0, 4.0, 0.0],  # groups: none, padded with 0, 1 | two at 1, 2
            [0.0, 0.0, 7.0, 0.0, 8.0, 0.0, 0.0, 9.0],  # groups: one at 2, padded with 0 | two at 0, 3
        ]
    )
    packed = NMPacked.encode(weight)
    assert (packed.n, packed.m, packed.shape) == (2, 4, (3, 8))
    assert packed.indices.tolist() == [[1, 3, 0, 1], [0, 1, 1, 2], [0, 2, 0, 3]]
    assert packed.values.tolist() == [[3.0, -1.0, 5.0, 0.0], [0.0, 0.0, 2.0, 4.0], [0.0, 7.0, 8.0, 9.0]]
    assert packed.indices.dtype == torch.int64 and packed.values.dtype == torch.float32
    _assert_same(packed.decode(), weight)


def test_one_of_four_and_full_groups():
    weight = torch.tensor([[0, 0, 0, 6, 0, 0, 0, 0]], dtype=torch.int64)
    packed = NMPacked.encode(weight, n=1, m=4)
    assert packed.indices.tolist() == [[3, 0]] and packed.values.tolist() == [[6, 0]]
    assert packed.values.dtype == torch.int64
    dense = _sparse_random(3, 8, density=1.0, seed=12)
    packed = NMPacked.encode(dense, n=4, m=4)  # n == m keeps everything, in order
    assert packed.indices.tolist() == [[0, 1, 2, 3, 0, 1, 2, 3]] * 3 and torch.equal(packed.values, dense)


@pytest.mark.parametrize(("n", "m"), [(2, 4), (1, 4), (1, 2), (4, 8), (3, 4), (1, 1)])
def test_nm_packing_round_trips_and_keeps_its_promises(n, m):
    for seed in range(5):
        weight = _nm_random(6, 4 * m, n, m, seed)
        packed = NMPacked.encode(weight, n=n, m=m)
        assert packed.values.shape == packed.indices.shape == (6, 4 * n)
        groups = packed.indices.reshape(6, 4, n)
        assert bool((groups[..., 1:] > groups[..., :-1]).all()), "indices must ascend within a group"
        assert bool(((groups >= 0) & (groups < m)).all())
        # Each group keeps all of its nonzeros; padding sits at the lowest positions not holding a nonzero.
        for row, group in itertools.product(range(6), range(4)):
            entries = weight[row, group * m : (group + 1) * m]
            nonzero = entries.nonzero().flatten().tolist()
            padding = [p for p in range(m) if p not in nonzero][: n - len(nonzero)]
            assert groups[row, group].tolist() == sorted(nonzero + padding)
        _assert_same(packed.decode(), weight)


def test_nm_packing_of_empty_matrices():
    for shape in [(0, 8), (3, 0), (0, 0)]:
        packed = NMPacked.encode(torch.zeros(shape))
        assert packed.values.shape == (shape[0], shape[1] // 2)
        _assert_same(packed.decode(), torch.zeros(shape))


def test_nm_packing_errors():
    with pytest.raises(ValueError, match=r"tensor must be 2-D, got shape \(8,\)"):
        NMPacked.encode(torch.zeros(8))
    with pytest.raises(ValueError, match="2-D"):
        NMPacked.encode(torch.zeros(2, 2, 4))
    with pytest.raises(TypeError, match="tensor must be torch.Tensor"):
        NMPacked.encode([[0.0] * 4])
    with pytest.raises(ValueError, match=r"n must be an int in \[1, 4\], got 0"):
        NMPacked.encode(torch.zeros(2, 8), n=0)
    with pytest.raises(ValueError, match=r"n must be an int in \[1, 4\], got 5"):
        NMPacked.encode(torch.zeros(2, 8), n=5)
    with pytest.raises(ValueError, match="m must be an int >= 1, got 0"):
        NMPacked.encode(torch.zeros(2, 8), n=1, m=0)
    with pytest.raises(TypeError, match="n must be an int"):
        NMPacked.encode(torch.zeros(2, 8), n=2.0)
    with pytest.raises(ValueError, match="10 columns must split into groups of m=4"):
        NMPacked.encode(torch.zeros(2, 10))
    crowded = torch.zeros(3, 8)
    crowded[1, 4:7] = 1.0  # row 1, group 1 holds 3 nonzeros
    crowded[2, 0:4] = 1.0  # row 2, group 0 holds 4, but the first offender is reported
    with pytest.raises(ValueError, match=r"row 1, group 1 \(columns 4 to 7\) has 3 nonzeros, more than n=2"):
        NMPacked.encode(crowded)
    with pytest.raises(ValueError, match="row 0, group 0"):
        NMPacked.encode(torch.tensor([[float("nan"), 1.0, 2.0, 0.0]]))  # NaN is a nonzero


# The cheapest format ----------------------------------------------------------------------------------------------


def _all_costs(tensor: torch.Tensor, value_bits: int) -> list[tuple[str, int]]:
    """Every candidate in best_encoding's documented order."""
    formats = [Dense, Bitmap, *(MATRIX_FORMATS if tensor.dim() == 2 else [])]
    costs = [(fmt.name, fmt.encode(tensor).bits(value_bits)) for fmt in formats]
    return costs + [(f"rle{r}", RunLength.encode(tensor, run_bits=r).bits(value_bits)) for r in range(1, 17)]


def test_best_encoding_of_a_dense_matrix_is_dense():
    dense = _sparse_random(16, 16, density=1.0, seed=13)
    assert best_encoding(dense, 8) == ("dense", 16 * 16 * 8)


def test_best_encoding_at_99_percent_sparsity_is_a_matrix_format_when_rows_are_concentrated():
    # 655 nonzeros of 65536 (99.0% sparse) in rows 0, 60 and 120 of 128 x 512. CSR pays 655 * (32 + 9) + 129 * 10
    # = 28145; run-length pays a filler for every 2**r zeros of the ~30000 between those rows (best: rle11, 29369).
    matrix = torch.zeros(128, 512)
    rows = torch.tensor([0, 60, 120]).repeat_interleave(512)
    keep = torch.randperm(3 * 512, generator=torch.Generator().manual_seed(14))[:655]
    matrix[rows[keep], torch.arange(512).repeat(3)[keep]] = 1.0
    assert int(matrix.count_nonzero()) == 655
    assert best_encoding(matrix, 32) == ("csr", 28145)
    assert min(cost for name, cost in _all_costs(matrix, 32) if name.startswith("rle")) > 28145


def test_best_encoding_of_a_square_matrix_breaks_the_csr_csc_tie_for_csr():
    # Square: CSR and CSC cost the same formula; three full-ish rows make them the cheapest.
    matrix = torch.zeros(256, 256)
    matrix[[0, 100, 200], :219] = 1.0
    costs = dict(_all_costs(matrix, 32))
    assert costs["csr"] == costs["csc"] == 657 * (32 + 8) + 257 * 10
    assert best_encoding(matrix, 32) == ("csr", costs["csr"])


def test_best_encoding_of_a_nearly_empty_matrix_is_coo():
    # 10 nonzeros 100003 apart in 2**20 entries: COO pays 10 * (32 + 10 + 10) = 520; run-length's widest runs
    # (16 bits) need a filler in each of the 9 gaps, 19 entries * (16 + 32) = 912; CSR pays 10 * (32 + 10) plus
    # 1025 row pointers * 4 = 4520.
    matrix = torch.zeros(1024, 1024)
    matrix.view(-1)[torch.arange(10) * 100003] = 1.0
    assert best_encoding(matrix, 32) == ("coo", 520)


def test_best_encoding_of_uniform_random_sparsity_is_run_length():
    # With no structure, run-length with a well-chosen run width is the cheapest; it never loses to COO when
    # numel <= 2**16, as run_bits = w(numel) stores no filler and w(numel) <= w(R) + w(C).
    matrix = _sparse_random(100, 100, density=0.01, seed=15)
    name, _ = best_encoding(matrix, 32)
    assert name.startswith("rle")


def test_best_encoding_is_the_first_minimum_over_all_formats():
    rng = random.Random(1)
    for seed in range(25):
        shape = rng.choice([(rng.randint(0, 9), rng.randint(0, 9)), (rng.randint(0, 40),), (2, 3, rng.randint(0, 4))])
        tensor = _sparse_random(*shape, density=rng.random(), seed=seed)
        value_bits = rng.choice([1, 2, 8, 32])
        costs = _all_costs(tensor, value_bits)
        lowest = min(cost for _, cost in costs)
        assert best_encoding(tensor, value_bits) == next(c for c in costs if c[1] == lowest)


def test_best_encoding_names_the_run_width():
    # 0 0 0 1 repeated: run_bits 2 stores each 1 once with run 3: 4 entries * (2 + 8) = 40, less than the
    # bitmap's 16 + 4 * 8 = 48 and rle1's filler-doubled 8 * (1 + 8) = 72.
    assert best_encoding(torch.tensor([0.0, 0.0, 0.0, 1.0] * 4), 8) == ("rle2", 40)
    assert best_encoding(torch.zeros(5), 8) == ("rle1", 0)  # an all-zero tensor stores nothing
    assert best_encoding(torch.zeros(0, 3), 8) == ("dense", 0)  # dense, bitmap, COO, rle cost 0; dense is first


# Huffman ----------------------------------------------------------------------------------------------------------

# CLRS's example (frequencies in thousands): a tree of cost 224.
CLRS = {"a": 45, "b": 13, "c": 12, "d": 16, "e": 9, "f": 5}


def _brute_force_optimum(counts: list[int]) -> int:
    """The least sum(count * length) over all lengths that a prefix-free code can have (Kraft's inequality)."""
    n = len(counts)
    if n == 1:
        return counts[0]
    return min(
        sum(c * length for c, length in zip(counts, lengths, strict=True))
        for lengths in itertools.product(range(1, n), repeat=n)
        if sum(2 ** (n - length) for length in lengths) <= 2**n  # Kraft, times 2**n to stay in integers
    )


def _merge_cost(counts: list[int]) -> int:
    """Huffman's cost by a sorted list instead of a heap: the sum of the counts of all merged nodes."""
    nodes, total = sorted(counts), 0
    while len(nodes) > 1:
        merged = nodes.pop(0) + nodes.pop(0)
        total += merged
        nodes = sorted([*nodes, merged])
    return total if len(counts) > 1 else counts[0]


def _cost(counts: dict, lengths: dict) -> int:
    return sum(counts[symbol] * lengths[symbol] for symbol in counts)


def test_huffman_lengths_of_the_docstring_example():
    assert huffman_code_lengths({"a": 1, "b": 1, "c": 2, "d": 2}) == {"a": 2, "b": 2, "c": 2, "d": 2}


def test_huffman_lengths_and_codes_of_the_textbook_example():
    lengths = huffman_code_lengths(CLRS)
    assert lengths == {"a": 1, "b": 3, "c": 3, "d": 3, "e": 4, "f": 4}
    assert _cost(CLRS, lengths) == 224 == _merge_cost(list(CLRS.values())) == _brute_force_optimum(list(CLRS.values()))
    # Canonical: a (length 1) gets 0; b, c, d (length 3) get 100, 101, 110; e, f (length 4) get 1110, 1111.
    code = huffman_code(CLRS)
    assert code == {"a": "0", "b": "100", "c": "101", "d": "110", "e": "1110", "f": "1111"}
    assert huffman_encode("face", code) == "1111" + "0" + "101" + "1110"
    assert huffman_decode("11110101" + "1110", code) == ["f", "a", "c", "e"]


def test_huffman_lengths_are_optimal_on_small_inputs():
    rng = random.Random(2)
    for _ in range(40):
        counts = [rng.randint(1, 30) for _ in range(rng.randint(1, 6))]
        lengths = huffman_code_lengths(dict(enumerate(counts)))
        assert _cost(dict(enumerate(counts)), lengths) == _brute_force_optimum(counts)


def test_huffman_cost_equals_the_merge_sum_on_larger_inputs():
    rng = random.Random(3)
    for _ in range(30):
        counts = {f"s{i}": rng.randint(1, 1000) for i in range(rng.randint(2, 60))}
        assert _cost(counts, huffman_code_lengths(counts)) == _merge_cost(list(counts.values()))


def _assert_canonical_prefix_code(counts: dict, code: dict) -> None:
    lengths = huffman_code_lengths(counts)
    symbols = list(counts)
    assert list(code) == symbols and {s: len(w) for s, w in code.items()} == lengths
    words = list(code.values())
    assert not any(a != b and b.startswith(a) for a in words for b in words) and len(set(words)) == len(words)
    # Canonical: by (length, order in counts), each codeword is the previous one plus 1, shifted to its length.
    order = sorted(range(len(symbols)), key=lambda i: (lengths[symbols[i]], i))
    canonical = [code[symbols[i]] for i in order]
    assert set(canonical[0]) == {"0"}
    for previous, word in itertools.pairwise(canonical):
        assert int(word, 2) == (int(previous, 2) + 1) << (len(word) - len(previous))


def test_huffman_codes_are_canonical_prefix_free_and_satisfy_kraft_with_equality():
    rng = random.Random(4)
    for size in [2, 3, 5, 17, 64]:
        for _ in range(5):
            counts = {f"s{i}": rng.randint(1, 50) for i in range(size)}
            code = huffman_code(counts)
            assert sum(Fraction(1, 2 ** len(word)) for word in code.values()) == 1
            _assert_canonical_prefix_code(counts, code)


def test_huffman_round_trips():
    rng = random.Random(5)
    for _ in range(20):
        alphabet = list(range(rng.randint(1, 20)))
        symbols = [rng.choice(alphabet) for _ in range(rng.randint(0, 200))]
        code = huffman_code(Counter(symbols) or {0: 1})
        bits = huffman_encode(symbols, code)
        assert set(bits) <= {"0", "1"} and len(bits) == sum(len(code[s]) for s in symbols)
        assert huffman_decode(bits, code) == symbols


def test_huffman_of_a_single_symbol():
    assert huffman_code_lengths({"x": 7}) == {"x": 1}
    code = huffman_code({"x": 7})
    assert code == {"x": "0"}
    assert huffman_encode("xxx", code) == "000" and huffman_decode("000", code) == ["x", "x", "x"]
    report = huffman_report("xxx")
    assert (report.length, report.distinct, report.huffman_bits, report.fixed_bits, report.saving) == (3, 1, 3, 3, 0)


def test_huffman_report_by_hand():
    # abracadabra: a 5, b 2, r 2, c 1, d 1. Huffman merges c+d (2), then b+r (4), then those two (6), then a with
    # the rest: a gets 1 bit and b, r, c, d 3 bits, 5 * 1 + 6 * 3 = 23. Fixed width: 11 * index_bits(5) = 11 * 3.
    report = huffman_report("abracadabra")
    assert (report.length, report.distinct, report.huffman_bits, report.fixed_bits) == (11, 5, 23, 33)
    assert report.saving == pytest.approx(10 / 33)
    assert report.huffman_bits == len(huffman_encode("abracadabra", huffman_code(Counter("abracadabra"))))
    weights = torch.tensor([0, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0])  # quantised weight indices
    report = huffman_report(weights.tolist())
    # Counts 0: 9, 1: 1, 2: 1, 3: 1. Merges 1+2 (2), then 3 + that (3), then 0 + the rest: 0 gets 1 bit, 3 gets 2,
    # 1 and 2 get 3: 9 * 1 + 1 * 2 + 2 * 3 = 17. Fixed width: 12 * index_bits(4) = 24.
    assert (report.huffman_bits, report.fixed_bits) == (17, 24)


def test_huffman_errors():
    with pytest.raises(TypeError, match="counts must be"):
        huffman_code([("a", 1)])
    with pytest.raises(ValueError, match="at least one symbol"):
        huffman_code({})
    with pytest.raises(ValueError, match=r"counts\['a'\] must be an int >= 1, got 0"):
        huffman_code({"a": 0})
    with pytest.raises(TypeError, match=r"counts\['a'\] must be an int"):
        huffman_code({"a": 1.5})
    code = huffman_code(CLRS)
    with pytest.raises(ValueError, match="symbol 'z' at position 2 has no codeword"):
        huffman_encode("abz", code)
    with pytest.raises(TypeError, match="symbols must be"):
        huffman_encode(5, code)
    with pytest.raises(TypeError, match="code must be"):
        huffman_encode("ab", ["0", "1"])
    with pytest.raises(ValueError, match="code must hold at least one codeword"):
        huffman_encode("ab", {})
    with pytest.raises(ValueError, match="prefix-free, but '1' is a prefix of '10'"):
        huffman_encode("ab", {"a": "1", "b": "10"})
    with pytest.raises(ValueError, match="prefix-free"):
        huffman_decode("0", {"a": "0", "b": "0"})
    with pytest.raises(ValueError, match=r"code\['a'\] must be a non-empty string of '0' and '1', got '012'"):
        huffman_encode("a", {"a": "012"})
    with pytest.raises(ValueError, match="non-empty"):
        huffman_encode("a", {"a": ""})
    with pytest.raises(TypeError, match=r"code\['a'\] must be str"):
        huffman_encode("a", {"a": 0})
    with pytest.raises(TypeError, match="bits must be str"):
        huffman_decode([0, 1], code)
    with pytest.raises(ValueError, match="bits must hold only '0' and '1'"):
        huffman_decode("0102", code)
    with pytest.raises(ValueError, match="bits end with '11', an incomplete codeword"):
        huffman_decode("011", code)
    with pytest.raises(ValueError, match=r"bits 1 to 2 \('11'\) start no codeword"):
        huffman_decode("011", {"a": "0", "b": "10"})  # a prefix-free code that is not complete
    with pytest.raises(TypeError, match="not a tensor"):
        huffman_report(torch.tensor([1, 2, 2]))
    with pytest.raises(TypeError, match="symbols must be"):
        huffman_report(3)
    with pytest.raises(ValueError, match="at least one symbol"):
        huffman_report([])


# Bad input --------------------------------------------------------------------------------------------------------

ALL_FORMATS = [Dense, Bitmap, RunLength, *MATRIX_FORMATS, NMPacked]


def _encode(fmt: type[SparseFormat], tensor: object) -> SparseFormat:
    return fmt.encode(tensor, run_bits=3) if fmt is RunLength else fmt.encode(tensor)


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_every_format_rejects_bad_input(fmt):
    with pytest.raises(TypeError, match="tensor must be torch.Tensor, got list"):
        _encode(fmt, [[1.0, 0.0, 0.0, 0.0]])
    encoded = _encode(fmt, EXAMPLE)
    with pytest.raises(TypeError, match="value_bits must be an int, got str"):
        encoded.bits("8")
    with pytest.raises(TypeError, match="value_bits must be an int, got bool"):
        encoded.bits(True)
    with pytest.raises(ValueError, match="value_bits must be an int >= 1, got 0"):
        encoded.bits(0)


@pytest.mark.parametrize("fmt", [*MATRIX_FORMATS, NMPacked])
@pytest.mark.parametrize("shape", [(4,), (1, 2, 4), ()])
def test_matrix_formats_reject_other_dimensions(fmt, shape):
    with pytest.raises(ValueError, match=r"tensor must be 2-D, got shape"):
        fmt.encode(torch.zeros(shape))


def test_format_options_are_checked():
    with pytest.raises(ValueError, match="run_bits must be an int >= 1, got 0"):
        RunLength.encode(EXAMPLE, run_bits=0)
    with pytest.raises(TypeError, match="run_bits must be an int, got float"):
        RunLength.encode(EXAMPLE, run_bits=2.0)
    with pytest.raises(TypeError, match="run_bits"):
        RunLength.encode(EXAMPLE)
    with pytest.raises(TypeError, match="unexpected keyword argument 'run_bits'"):
        Dense.encode(EXAMPLE, run_bits=2)
    with pytest.raises(TypeError, match="abstract"):
        SparseFormat()


def test_best_encoding_rejects_bad_input():
    with pytest.raises(TypeError, match="tensor must be torch.Tensor"):
        best_encoding([1.0, 0.0], 8)
    with pytest.raises(ValueError, match="value_bits must be an int >= 1, got 0"):
        best_encoding(EXAMPLE, 0)
    with pytest.raises(TypeError, match="value_bits must be an int, got float"):
        best_encoding(EXAMPLE, 8.0)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: sparse.bitmap_encode([1.0]), TypeError, "weight must be torch.Tensor"),
        (lambda: sparse.bitmap_decode(torch.ones(3), torch.ones(3), (3,)), ValueError, "1-D bool tensor"),
        (lambda: sparse.bitmap_decode(torch.ones(3, dtype=torch.bool), torch.ones(3), (4,)), ValueError, "4 entries"),
        (lambda: sparse.bitmap_decode(torch.ones(2, dtype=torch.bool), torch.ones(2), (2, True)), TypeError, "shape"),
        (lambda: sparse.bitmap_decode(torch.ones(2, dtype=torch.bool), torch.ones(2), (-1, -2)), ValueError, ">= 0"),
        (lambda: sparse.bitmap_decode(torch.ones(2, dtype=torch.bool), torch.ones(2), [2]), TypeError, "shape must be"),
        # signature order: the 2-D bitmap is reported before the values that are not a tensor
        (lambda: sparse.bitmap_decode(torch.ones(1, 2, dtype=torch.bool), [1.0], (2,)), ValueError, "1-D bool"),
        (lambda: sparse.bitmap_decode(torch.ones(3, dtype=torch.bool), torch.ones(2), (3,)), ValueError, "one entry"),
        (lambda: sparse.bitmap_decode([True], torch.ones(1), (1,)), TypeError, "bitmap must be torch.Tensor"),
        (lambda: sparse.rle_encode(torch.ones(3), 0), ValueError, "run_bits must be an int >= 1"),
        (lambda: sparse.rle_encode(torch.ones(3), 1.0), TypeError, "run_bits must be an int"),
        (lambda: sparse.rle_encode([1.0], 2), TypeError, "weight must be torch.Tensor"),
        (lambda: sparse.rle_decode(torch.tensor([0, 1]), torch.ones(1), 5), ValueError, "1-D of one length"),
        (lambda: sparse.rle_decode(torch.tensor([-1]), torch.ones(1), 5), ValueError, "runs must be >= 0"),
        (lambda: sparse.rle_decode(torch.tensor([4]), torch.ones(1), 4), ValueError, "cover 5 positions"),
        (lambda: sparse.rle_decode(torch.tensor([0]), torch.ones(1), 1.0), TypeError, "numel must be an int"),
        (lambda: sparse.csr_from_dense(torch.ones(3)), ValueError, "matrix must be 2-D"),
        (lambda: sparse.csr_from_dense([[1.0]]), TypeError, "matrix must be torch.Tensor"),
        (lambda: sparse.encoding_bits(EXAMPLE, "ell", 8), ValueError, "fmt must be one of"),
        (lambda: sparse.encoding_bits(EXAMPLE, "csr", 0), ValueError, "value_bits must be an int >= 1"),
        (lambda: sparse.encoding_bits(EXAMPLE, "csr", "8"), TypeError, "value_bits must be an int"),
        (lambda: sparse.encoding_bits(torch.ones(3), "csr", 8), ValueError, "matrix must be 2-D"),
        (lambda: sparse.encoding_bits(EXAMPLE, 3, 8), TypeError, "fmt must be str"),
        (lambda: sparse.encoding_bits(EXAMPLE, "csr", True), TypeError, "value_bits must be an int"),
        (lambda: sparse.encoding_bits(EXAMPLE.tolist(), "csr", 8), TypeError, "matrix must be torch.Tensor"),
        (lambda: sparse.encoding_bits(torch.ones(3), "csr", True), ValueError, "matrix must be 2-D"),
        (lambda: sparse.encoding_bits(EXAMPLE, "CSR", 0.5), ValueError, "fmt must be one of"),
        (lambda: sparse.index_bits(0), ValueError, "count must be an int >= 1"),
        (lambda: sparse.index_bits(2.0), TypeError, "count must be an int"),
        (lambda: sparse.validate_csr(torch.tensor([1, 1]), torch.tensor([0]), torch.ones(1)), ValueError, "start at 0"),
        (
            lambda: sparse.csr_spmv(*sparse.csr_from_dense(EXAMPLE), torch.ones(3)),
            ValueError,
            r"indices must be < len\(x\)",
        ),
        (lambda: sparse.csr_spmv(*sparse.csr_from_dense(EXAMPLE), torch.ones(4, 1)), ValueError, "x must be 1-D"),
        (lambda: sparse.csr_spmv(*sparse.csr_from_dense(EXAMPLE), [1.0] * 4), TypeError, "x must be torch.Tensor"),
        (
            lambda: sparse.csr_spmv(torch.tensor([[0, 0]]), torch.zeros(0, dtype=torch.int64), torch.ones(0), [1.0]),
            ValueError,
            "indptr must be 1-D",
        ),
        (
            lambda: sparse.csr_spmv(torch.tensor([0, 1]), torch.tensor([0.0]), torch.ones(1), [1.0]),
            ValueError,
            "indices must be integer",
        ),
        (lambda: sparse.huffman_code_lengths({"a": 2, "b": True}), TypeError, r"counts\['b'\] must be an int"),
        (lambda: sparse.huffman_code_lengths({"a": 0, "b": 1.5}), ValueError, r"counts\['a'\] must be an int >= 1"),
    ],
)
def test_the_encoders_and_costs_reject_bad_input(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_the_package_exports_the_new_names():
    for name in ["SparseFormat", "NMPacked", "best_encoding", "huffman_code", "huffman_report", "HuffmanReport"]:
        assert name in sparse.__all__ and hasattr(sparse, name)
    assert {fmt.name for fmt in ALL_FORMATS} == {*sparse.FORMATS, "rle", "nm"}


def test_numpy_integers_are_accepted_wherever_an_int_is():
    bitmap = torch.tensor([True, False, False, True, True, False])
    values = torch.tensor([1.0, 2.0, 3.0])
    assert torch.equal(
        sparse.bitmap_decode(bitmap, values, (np.int64(3), np.int64(2))), sparse.bitmap_decode(bitmap, values, (3, 2))
    )
    weight = torch.tensor([0.0] * 9 + [2.5])
    for got, want in zip(sparse.rle_encode(weight, np.int64(2)), sparse.rle_encode(weight, 2), strict=True):
        assert torch.equal(got, want)
    bits = sparse.encoding_bits(EXAMPLE, "csr", np.int64(5))
    assert bits == sparse.encoding_bits(EXAMPLE, "csr", 5) and type(bits) is int
    assert sparse.huffman_code_lengths({"x": np.int64(3), "y": np.int64(1), "z": 1}) == {"x": 1, "y": 2, "z": 2}
